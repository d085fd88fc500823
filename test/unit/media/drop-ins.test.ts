import { describe, expect, it } from 'vitest';
import { withDroppedInFiles, withDroppedInPictures } from '../../../src/media/drop-ins';
import { NO_ASSETS, timelineInputs, type PictureAsset } from '../../../src/media/assets';
import { dialogueBeat, parsedJob } from '../../fixtures/minimal';

const picture = (src: string, droppedIn: boolean): PictureAsset => ({ src, kind: 'image', width: 10, height: 10, durationInSeconds: null, hasAudio: false, droppedIn });

describe('withDroppedInPictures', () => {
  it('gives a beat without media its dropped-in picture, with the default framing', () => {
    const job = parsedJob({ beats: [dialogueBeat(), dialogueBeat({ id: 'two' })] });
    const result = withDroppedInPictures(job, { ...NO_ASSETS, pictures: { talk: picture('test-series/e01/talk.png', true) } });
    expect(result.episode.beats.map((b) => b.media)).toEqual([
      { src: 'test-series/e01/talk.png', trimStartInSeconds: 0, fit: 'cover', focalPoint: { x: 0.5, y: 0.4 }, muted: false, playbackRate: 1 },
      undefined,
    ]);
  });

  it('returns the same job when nothing was dropped in', () => {
    const job = parsedJob({ beats: [dialogueBeat({ media: { src: 'a.png' } })] });
    expect(withDroppedInPictures(job, { ...NO_ASSETS, pictures: { talk: picture('a.png', false) } })).toBe(job);
  });
});

describe('timelineInputs', () => {
  it('passes recordings\' lengths to the timeline, never scratch voices\'', () => {
    const voices = { talk: [{ src: 'a.wav', durationInSeconds: 2, scratch: false }, null, { src: 'b.wav', durationInSeconds: 9, scratch: true }] };
    expect(timelineInputs({ ...NO_ASSETS, voices })).toEqual({ recordedLineSeconds: { talk: [2, null, null] } });
    expect(timelineInputs(undefined)).toEqual({});
  });
});

describe('withDroppedInFiles', () => {
  it('finds a beat\'s picture at its conventional path, footage before stills, and leaves named media alone', () => {
    const job = parsedJob({ beats: [dialogueBeat(), dialogueBeat({ id: 'two' }), dialogueBeat({ id: 'three', media: { src: 'named.png' } })] });
    const files = new Set(['test-series/e01/talk.png', 'test-series/e01/talk.mp4', 'test-series/e02/two.png', 'test-series/e01/three.png']);
    expect(withDroppedInFiles(job, files).episode.beats.map((b) => b.media?.src)).toEqual(['test-series/e01/talk.mp4', undefined, 'named.png']);
  });

  it('returns the same job when nothing was dropped in', () => {
    const job = parsedJob({ beats: [dialogueBeat()] });
    expect(withDroppedInFiles(job, new Set(['test-series/e01/other.png']))).toBe(job);
  });
});
