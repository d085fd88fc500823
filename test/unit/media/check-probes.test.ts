import { describe, expect, it } from 'vitest';
import { checkProbes } from '../../../src/media/check-probes';
import type { MediaUse } from '../../../src/media/plan';
import type { MediaFacts, ProbeResult } from '../../../src/media/probe';

const clip: MediaFacts = { container: 'MP4', durationInSeconds: 3, video: { codec: 'avc', width: 1280, height: 720, fps: 30 }, audio: { codec: 'aac', sampleRate: 48000, channels: 2 } };
const sound: MediaFacts = { container: 'WAVE', durationInSeconds: 1.2, video: null, audio: { codec: 'pcm-s16', sampleRate: 48000, channels: 1 } };
const ok = (facts: MediaFacts): ProbeResult => ({ ok: true, facts });

const named = (role: MediaUse['role'], src: string, path: PropertyKey[] = ['episode', 'beats', 0, 'media', 'src']): MediaUse => ({ role, src, path, droppedIn: false, beatId: 'talk' });
const dropped = (role: MediaUse['role'], src: string): MediaUse => ({ role, src, path: ['episode', 'beats', 0], droppedIn: true, beatId: 'talk' });
const check = (use: MediaUse, result: ProbeResult) => checkProbes({ uses: [use], results: new Map([[use.src, result]]) });

describe('checkProbes', () => {
  it('accepts playable clips, stills and sounds', () => {
    const still: MediaFacts = { container: 'PNG', durationInSeconds: null, video: { codec: 'png', width: 10, height: 10, fps: null }, audio: null };
    expect([check(named('picture', 'a.mp4'), ok(clip)), check(named('picture', 'a.png'), ok(still)), check(named('voice', 'a.wav'), ok(sound)), check(named('music', 'a.mp4'), ok(clip))]).toEqual([[], [], [], []]);
  });

  it('names an unreadable file and why', () => {
    expect(check(named('picture', 'clips/a.mp4'), { ok: false, reason: 'is damaged or cut short (end of file)' })).toEqual([
      { path: ['episode', 'beats', 0, 'media', 'src'], message: 'must name a readable picture, but public/clips/a.mp4 is damaged or cut short (end of file)', fix: 'Export the file again, or replace it' },
    ]);
  });

  it('refuses a codec Chromium cannot decode, with the command that converts it', () => {
    const prores = ok({ ...clip, video: { codec: 'prores', width: 1920, height: 1080, fps: 24 }, audio: null });
    expect(check(named('picture', 'clips/a.mov'), prores)).toEqual([
      {
        path: ['episode', 'beats', 0, 'media', 'src'],
        message: 'must name a video Chromium can decode (H.264, VP8, VP9 or AV1), but public/clips/a.mov is ProRes (codec "prores")',
        fix: 'Convert it to H.264: ffmpeg -i <file> -c:v libx264 -pix_fmt yuv420p -c:a aac <name>.mp4',
      },
    ]);
  });

  it('words a dropped-in file\'s problem around the file, since no field names it', () => {
    expect(check(dropped('picture', 'show/e01/talk.mov'), ok({ ...clip, video: { codec: 'hevc', width: 1, height: 1, fps: 30 } }))).toEqual([
      {
        path: ['episode', 'beats', 0],
        message: 'uses public/show/e01/talk.mov (dropped in by its name), which must be a video Chromium can decode (H.264, VP8, VP9 or AV1), but it is HEVC (H.265) (codec "hevc")',
        fix: 'Convert it to H.264: ffmpeg -i <file> -c:v libx264 -pix_fmt yuv420p -c:a aac <name>.mp4',
      },
    ]);
  });

  it('needs a picture track for a picture and a sound track for a sound', () => {
    expect(check(named('picture', 'a.mp4'), ok(sound))[0]?.message).toBe('must name a video, but public/a.mp4 has no video track');
    expect(check(named('voice', 'a.m4a', ['episode', 'beats', 0, 'dialogue', 0, 'voice']), ok({ ...clip, audio: null }))).toEqual([
      { path: ['episode', 'beats', 0, 'dialogue', 0, 'voice'], message: 'must name a sound file, but public/a.m4a has no audio track', fix: 'Use a file with sound in it' },
    ]);
  });

  it('refuses a clip as a photo insert, and sound in a codec that cannot be decoded', () => {
    expect(check(named('photo', 'a.mp4'), ok(clip))[0]?.message).toBe('must name an image (png, jpg, jpeg, webp), but public/a.mp4 is a video');
    expect(check(named('music', 'a.m4a'), ok({ ...sound, audio: { codec: 'ac3', sampleRate: 48000, channels: 6 } }))[0]).toEqual({
      path: ['episode', 'beats', 0, 'media', 'src'],
      message: 'must name a sound Chromium can decode, but public/a.m4a is codec "ac3"',
      fix: 'Convert it to WAV: ffmpeg -i <file> -ar 48000 <name>.wav',
    });
  });
});

describe('checkProbes: what must be known before rendering', () => {
  it('refuses a clip whose size, frame rate or duration its header does not give', () => {
    const noFps = ok({ ...clip, video: { codec: 'avc', width: 1280, height: 720, fps: null } });
    const noSize = ok({ ...clip, video: { codec: 'avc', width: 0, height: 720, fps: 30 } });
    const noDuration = ok({ ...clip, durationInSeconds: 0 });
    expect([check(named('picture', 'a.mp4'), noFps), check(named('picture', 'a.mp4'), noSize), check(named('picture', 'a.mp4'), noDuration)].map((p) => p[0]?.message)).toEqual([
      'must name a clip whose frame rate is known, but public/a.mp4 has no frame rate (no timed frames) in its header',
      'must name a clip whose picture size is known, but public/a.mp4 has no picture size in its header',
      'must name a clip whose duration is known, but public/a.mp4 has no duration in its header',
    ]);
    expect(check(named('picture', 'a.mp4'), noFps)[0]?.fix).toBe('Convert it to H.264: ffmpeg -i <file> -c:v libx264 -pix_fmt yuv420p -c:a aac <name>.mp4');
  });

  it('refuses a sound of unknown length, and accepts one a frame long', () => {
    const voice = named('voice', 'a.wav', ['episode', 'beats', 0, 'dialogue', 0, 'voice']);
    expect(check(voice, ok({ ...sound, durationInSeconds: null }))).toEqual([
      { path: ['episode', 'beats', 0, 'dialogue', 0, 'voice'], message: 'must name a sound of known length, but public/a.wav has no duration in its header', fix: 'Convert it to WAV: ffmpeg -i <file> -ar 48000 <name>.wav' },
    ]);
    expect(check(voice, ok({ ...sound, durationInSeconds: 1 / 30 }))).toEqual([]);
  });
});
