import { describe, expect, it } from 'vitest';
import { checkClipLengths } from '../../../src/media/check-lengths';
import { NO_ASSETS, type EpisodeAssets } from '../../../src/media/assets';
import type { BeatInput } from '../../../src/schema';

type MediaOverrides = { trimStartInSeconds?: number; trimEndInSeconds?: number; playbackRate?: number };
import { resolveEpisode } from '../../../src/timeline';
import { dialogueBeat, parsedJob } from '../../fixtures/minimal';

// The "What?" dialogue beat lasts 59 frames (1.97 s): see time-beat.test.ts.
const BEAT_SECONDS = 59 / 30;

const withClip = ({ seconds, media, droppedIn = false, beat }: { seconds: number; media?: MediaOverrides; droppedIn?: boolean; beat?: BeatInput }) => {
  const job = parsedJob({ beats: [beat ?? dialogueBeat(droppedIn ? {} : { media: { src: 'clips/a.mp4', ...media } })] });
  const assets: EpisodeAssets = { ...NO_ASSETS, pictures: { [job.episode.beats[0]?.id ?? '']: { src: 'clips/a.mp4', kind: 'video', width: 1280, height: 720, durationInSeconds: seconds, hasAudio: false, droppedIn } } };
  return checkClipLengths({ resolved: resolveEpisode(job), assets });
};

describe('checkClipLengths', () => {
  it('accepts a clip exactly as long as its beat, and refuses one a frame shorter', () => {
    expect(withClip({ seconds: BEAT_SECONDS })).toEqual([]);
    expect(withClip({ seconds: 58 / 30 })).toEqual([
      {
        path: ['episode', 'beats', 0, 'media'],
        message: 'must cover the beat\'s 2.0 s (2.0 s of footage at playbackRate 1), but public/clips/a.mp4 has 1.9 s from 0 s',
        fix: 'Use a longer clip, or raise playbackRate to 1.02',
      },
    ]);
  });

  it('counts the trim and the playback rate', () => {
    expect(withClip({ seconds: 3, media: { trimStartInSeconds: 1 } })).toEqual([]);
    expect(withClip({ seconds: 3, media: { trimStartInSeconds: 1.1 } })[0]).toEqual({
      path: ['episode', 'beats', 0, 'media'],
      message: 'must cover the beat\'s 2.0 s (2.0 s of footage at playbackRate 1), but public/clips/a.mp4 has 1.9 s from 1.1 s',
      fix: 'Use a longer clip, trim less, or raise playbackRate to 1.04',
    });
    expect(withClip({ seconds: 3, media: { trimStartInSeconds: 0.5, trimEndInSeconds: 2 } })[0]?.message).toBe('must cover the beat\'s 2.0 s (2.0 s of footage at playbackRate 1), but public/clips/a.mp4 has 1.5 s from 0.5 s to 2 s');
    expect(withClip({ seconds: 3, media: { playbackRate: 1.5 } })).toEqual([]);
    expect(withClip({ seconds: 0.9, media: { playbackRate: 2 } })[0]).toEqual({
      path: ['episode', 'beats', 0, 'media'],
      message: 'must cover the beat\'s 2.0 s (4.0 s of footage at playbackRate 2), but public/clips/a.mp4 has 0.9 s from 0 s',
      fix: 'Use a longer clip',
    });
  });

  it('refuses trims outside the clip or in the wrong order', () => {
    expect(withClip({ seconds: 3, media: { trimStartInSeconds: 3 } })).toEqual([
      { path: ['episode', 'beats', 0, 'media', 'trimStartInSeconds'], message: 'must be inside the clip (0 to 3.0 s), but got 3', fix: 'public/clips/a.mp4 is 3.0 s long' },
    ]);
    expect(withClip({ seconds: 3, media: { trimEndInSeconds: 3.5 } })).toEqual([
      { path: ['episode', 'beats', 0, 'media', 'trimEndInSeconds'], message: 'must be at most the clip\'s length (3.0 s), but got 3.5', fix: 'Leave it out to play the clip to its end' },
    ]);
    expect(withClip({ seconds: 3, media: { trimStartInSeconds: 2, trimEndInSeconds: 1 } })).toEqual([
      { path: ['episode', 'beats', 0, 'media', 'trimEndInSeconds'], message: 'must be after trimStartInSeconds (2), but got 1', fix: 'The clip plays from trimStartInSeconds to trimEndInSeconds' },
    ]);
  });

  it('words a dropped-in clip\'s problem around the file', () => {
    expect(withClip({ seconds: 1, droppedIn: true })).toEqual([
      {
        path: ['episode', 'beats', 0],
        message: 'uses public/clips/a.mp4 (dropped in by its name), which must last the beat\'s 2.0 s, but it is 1.0 s long',
        fix: 'Use a longer clip, or name it in the beat\'s media with a trim or a playbackRate',
      },
    ]);
  });

  it('needs a cliffhanger\'s clip only up to its end card, where the picture freezes', () => {
    const cliffhanger: BeatInput = { type: 'cliffhanger', id: 'end', shot: { description: 'Victor.' }, cliffhangerType: 'threat', media: { src: 'clips/a.mp4' } };
    // No dialogue: the card comes up after the 0.35 s lead-in (11 frames), long before the beat's 2.85 s end.
    expect(withClip({ seconds: 0.4, beat: cliffhanger })).toEqual([]);
    expect(withClip({ seconds: 0.3, beat: cliffhanger })).toHaveLength(1);
  });

  it('ignores stills', () => {
    const job = parsedJob({ beats: [dialogueBeat({ media: { src: 'a.png' } })] });
    const assets: EpisodeAssets = { ...NO_ASSETS, pictures: { talk: { src: 'a.png', kind: 'image', width: 10, height: 10, durationInSeconds: null, hasAudio: false, droppedIn: false } } };
    expect(checkClipLengths({ resolved: resolveEpisode(job), assets })).toEqual([]);
  });
});
