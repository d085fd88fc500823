import { describe, expect, it } from 'vitest';
import { resolveAssets } from '../../../src/media/resolve-assets';
import type { MediaFacts, MediaProbe } from '../../../src/media/probe';
import { builtInSoundPath } from '../../../src/audio/cache';
import { scratchLines } from '../../../src/audio/scratch/scratch-lines';
import { resolveEpisode } from '../../../src/timeline';
import { NO_ASSETS } from '../../../src/media/assets';
import { dialogueBeat, parsedJob } from '../../fixtures/minimal';

const wav = (seconds: number): MediaFacts => ({ container: 'WAVE', durationInSeconds: seconds, video: null, audio: { codec: 'pcm-s16', sampleRate: 48000, channels: 1 } });
const clip = (seconds: number, audio = false): MediaFacts => ({ container: 'MP4', durationInSeconds: seconds, video: { codec: 'avc', width: 1280, height: 720, fps: 30 }, audio: audio ? { codec: 'aac', sampleRate: 48000, channels: 2 } : null });

/** A probe over a fixed table of files; anything else is unreadable. */
const fakeProbe = (table: Record<string, MediaFacts>): MediaProbe => async (src) => (table[src] ? { ok: true, facts: table[src] } : { ok: false, reason: 'is not a video or audio file in a format that can be read' });
const resolve = (job: ReturnType<typeof parsedJob>, table: Record<string, MediaFacts>, extra: string[] = []) =>
  resolveAssets({ job, files: new Set([...Object.keys(table), ...extra]), probe: fakeProbe(table) });

describe('resolveAssets', () => {
  it('measures pictures, recordings and music, and lists the built-in sounds already generated', async () => {
    const job = parsedJob({ beats: [dialogueBeat({ media: { src: 'clips/a.mp4' } })] });
    const assets = await resolve(job, { 'clips/a.mp4': clip(5, true), 'test-series/e01/talk.line1.wav': wav(1.5), 'test-series/music.mp3': wav(30) }, [builtInSoundPath('ping')]);
    expect(assets).toEqual({
      pictures: { talk: { src: 'clips/a.mp4', kind: 'video', width: 1280, height: 720, durationInSeconds: 5, hasAudio: true, droppedIn: false } },
      voices: { talk: [{ src: 'test-series/e01/talk.line1.wav', durationInSeconds: 1.5, scratch: false }] },
      music: { src: 'test-series/music.mp3', durationInSeconds: 30, settings: { volumeDb: -14, trimStartInSeconds: 0, fadeInSeconds: 1, fadeOutSeconds: 2, duck: { depthDb: 12, attackSeconds: 0.25, releaseSeconds: 0.6 } } },
      sounds: { ping: 'cliffhanger-cache/sounds/ping-v1.wav' },
      problems: [],
    });
  });

  it('reports a named file that is missing from public/', async () => {
    const job = parsedJob({ beats: [dialogueBeat({ dialogue: [{ speaker: 'maya', text: 'What?', voice: 'rec/what.wav' }] })] });
    expect((await resolve(job, {})).problems).toEqual([
      { path: ['episode', 'beats', 0, 'dialogue', 0, 'voice'], message: 'must name a file in public/, but public/rec/what.wav does not exist', fix: 'Check the spelling, or add the file there' },
    ]);
  });

  it('reports a clip too short for the beat its recordings make longer', async () => {
    // The 3 s recording makes the beat 0.35 + 3 + 0.6 s = 3.95 s long; the 3.5 s clip no longer covers it.
    const job = parsedJob({ beats: [dialogueBeat({ media: { src: 'clips/a.mp4' } })] });
    const assets = await resolve(job, { 'clips/a.mp4': clip(3.5), 'test-series/e01/talk.line1.wav': wav(3) });
    expect(assets.problems.map((p) => p.message)).toEqual(['must cover the beat\'s 4.0 s (4.0 s of footage at playbackRate 1), but public/clips/a.mp4 has 3.5 s from 0 s']);
  });

  it('reports an explicit beat length shorter than its recordings', async () => {
    const job = parsedJob({ beats: [dialogueBeat({ durationInSeconds: 2 })] });
    expect((await resolve(job, { 'test-series/e01/talk.line1.wav': wav(3) })).problems).toEqual([
      {
        path: ['episode', 'beats', 0, 'durationInSeconds'],
        message: 'must be at least 4.0 s, the time the beat\'s content needs (reading time and holds), but got 2',
        fix: 'Raise it to 4.0, shorten the beat\'s text, or leave durationInSeconds out to time the beat automatically',
      },
    ]);
  });

  it('does not check lengths while files cannot be read', async () => {
    const job = parsedJob({ beats: [dialogueBeat({ media: { src: 'clips/a.mp4' }, durationInSeconds: 0.1 })] });
    expect((await resolve(job, {}, ['clips/a.mp4'])).problems.map((p) => p.message)).toEqual(['must name a readable picture, but public/clips/a.mp4 is not a video or audio file in a format that can be read']);
  });

  it('adds cached scratch voices to lines without a recording, and only those', async () => {
    const job = parsedJob({ beats: [dialogueBeat({ dialogue: [{ speaker: 'maya', text: 'What?' }, { speaker: 'victor', text: 'Nothing.' }] })] });
    const wanted = scratchLines({ resolved: resolveEpisode(job), assets: NO_ASSETS });
    const cached = wanted[1]?.src ?? '';
    const assets = await resolve(job, {}, [cached]);
    expect(assets.voices).toEqual({ talk: [null, { src: cached, durationInSeconds: null, scratch: true }] });
  });
});
