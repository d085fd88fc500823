import { describe, expect, it } from 'vitest';
import { NOTICE_DURATION_IN_FRAMES, calculateEpisodeMetadata } from '../../src/remotion/calculate-episode-metadata';
import { problemsInFiles } from '../../src/remotion/problems-in-files';
import { formatProblem } from '../../src/errors';
import { checkJob } from '../../src/validate';
import { dialogueBeat, jobInput } from '../fixtures/minimal';
import { NO_ASSETS } from '../../src/media/assets';

const metadata = (props: ReturnType<typeof jobInput>) =>
  calculateEpisodeMetadata({ props, defaultProps: props, abortSignal: new AbortController().signal, compositionId: 'x', isRendering: false });

describe('calculateEpisodeMetadata', () => {
  it('sizes a valid episode from its resolved timeline', async () => {
    // One "What?" line needs 59 frames (see time-beat.test.ts).
    const props = jobInput();
    expect(await metadata(props)).toEqual({ durationInFrames: 59, fps: 30, width: 1080, height: 1920, props });
  });

  it('times a line by its recording when the props carry measured assets', async () => {
    const assets = { ...NO_ASSETS, voices: { talk: [{ src: 'show/e01/talk.line1.wav', durationInSeconds: 2, scratch: false }] } };
    // Lead-in 0.35 s + 2 s of recording + tail 0.6 s = 2.95 s = 89 frames (instead of 59 at reading speed).
    expect(await metadata({ ...jobInput(), assets } as ReturnType<typeof jobInput>)).toMatchObject({ durationInFrames: 89 });
  });

  it('plays the notice when the props are invalid instead of throwing', async () => {
    const broken = jobInput({ beats: [dialogueBeat({ dialogue: [{ speaker: 'mya', text: 'What?' }] })] });
    expect(await metadata(broken)).toEqual({ durationInFrames: NOTICE_DURATION_IN_FRAMES, fps: 30, width: 1080, height: 1920, props: broken });
  });

  it('plays the notice when the media found for the props has problems', async () => {
    const assets = { ...NO_ASSETS, problems: [{ path: ['episode', 'beats', 0, 'media', 'src'], message: 'must name a file in public/' }] };
    expect(await metadata({ ...jobInput(), assets } as ReturnType<typeof jobInput>)).toMatchObject({ durationInFrames: NOTICE_DURATION_IN_FRAMES });
  });
});

describe('problemsInFiles', () => {
  it('names the scene file each problem belongs to', () => {
    const input = jobInput({ number: 2, beats: [dialogueBeat({ dialogue: [{ speaker: 'mya', text: 'What?' }] })] }, { title: '' });
    const lines = problemsInFiles(input, checkJob(input).problems).map(formatProblem);
    expect(lines).toEqual(['scenes/test-series/series.ts: title must not be empty, but got ""']);
    const episodeOnly = jobInput({ number: 2, beats: [dialogueBeat({ dialogue: [{ speaker: 'mya', text: 'What?' }] })] });
    expect(problemsInFiles(episodeOnly, checkJob(episodeOnly).problems).map(formatProblem)).toEqual([
      'scenes/test-series/e02.ts: beats[0].dialogue[0].speaker must be a character of the series (maya, victor), but got "mya". Did you mean "maya"?',
    ]);
  });

  it('still names a place when the props are too broken to name a file', () => {
    expect(problemsInFiles({}, [{ path: ['episode', 'beats'], message: 'is missing' }, { path: [], message: 'must be an object' }]).map(formatProblem)).toEqual([
      'scenes/<series>/<episode>: beats is missing',
      'props: must be an object',
    ]);
  });
});
