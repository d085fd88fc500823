import { describe, expect, it } from 'vitest';
import { resolveEpisode, trimmedClipSeconds } from '../../src/timeline';
import { mediaSchema } from '../../src/schema';
import { dialogueBeat, parsedJob } from '../fixtures/minimal';

const timing = (inputs = {}, beat = dialogueBeat({ dialogue: [{ speaker: 'maya', text: 'What?' }, { speaker: 'victor', text: 'Nothing.' }] })) => {
  const [resolved] = resolveEpisode(parsedJob({ beats: [beat] }), inputs).beats;
  return { lines: resolved?.lines.map((l) => [l.fromInFrames, l.durationInFrames]), duration: resolved?.durationInFrames };
};

describe('resolveEpisode with recordings', () => {
  it('times lines at reading speed without recordings', () => {
    expect(timing()).toEqual({ lines: [[11, 30], [48, 30]], duration: 96 });
  });

  it('times a recorded line by its recording, and the lines after it from there', () => {
    // 2.5 s of recording: 75 frames; the next line starts after the 0.25 s gap.
    expect(timing({ recordedLineSeconds: { talk: [2.5, null] } })).toEqual({ lines: [[11, 75], [93, 30]], duration: 141 });
  });

  it('follows a recording shorter than reading time too', () => {
    expect(timing({ recordedLineSeconds: { talk: [0.4, 0.5] } })).toEqual({ lines: [[11, 12], [30, 15]], duration: 63 });
  });

  it('ignores recordings of other beats', () => {
    expect(timing({ recordedLineSeconds: { other: [9] } })).toEqual(timing());
  });
});

describe('trimmedClipSeconds', () => {
  it('is the trimmed length of a clip at its playback rate, and 0 otherwise', () => {
    expect([
      trimmedClipSeconds(mediaSchema.parse({ src: 'a.mp4', trimStartInSeconds: 1, trimEndInSeconds: 5 })),
      trimmedClipSeconds(mediaSchema.parse({ src: 'a.mp4', trimStartInSeconds: 1, trimEndInSeconds: 5, playbackRate: 2 })),
      trimmedClipSeconds(mediaSchema.parse({ src: 'a.mp4', trimStartInSeconds: 1 })),
      trimmedClipSeconds(mediaSchema.parse({ src: 'a.png', trimEndInSeconds: 5 })),
      trimmedClipSeconds(undefined),
    ]).toEqual([4, 2, 0, 0, 0]);
  });

  it('makes a beat at least as long as its trimmed clip', () => {
    expect(timing({}, dialogueBeat({ media: { src: 'a.mp4', trimEndInSeconds: 4 } })).duration).toBe(120);
  });
});
