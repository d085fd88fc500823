import { describe, expect, it } from 'vitest';
import { NOTICE_DURATION_IN_FRAMES, calculateEpisodeMetadata } from '../../src/remotion/calculate-episode-metadata';
import { problemsInFiles } from '../../src/remotion/problems-in-files';
import { formatProblem } from '../../src/errors';
import { checkJob } from '../../src/validate';
import { dialogueBeat, jobInput } from '../fixtures/minimal';

const metadata = (props: ReturnType<typeof jobInput>) =>
  calculateEpisodeMetadata({ props, defaultProps: props, abortSignal: new AbortController().signal, compositionId: 'x', isRendering: false });

describe('calculateEpisodeMetadata', () => {
  it('sizes a valid episode from its resolved timeline', () => {
    // One "What?" line needs 59 frames (see time-beat.test.ts).
    expect(metadata(jobInput())).toEqual({ durationInFrames: 59, fps: 30, width: 1080, height: 1920 });
  });

  it('plays the notice when the props are invalid instead of throwing', () => {
    const broken = jobInput({ beats: [dialogueBeat({ dialogue: [{ speaker: 'mya', text: 'What?' }] })] });
    expect(metadata(broken)).toEqual({ durationInFrames: NOTICE_DURATION_IN_FRAMES, fps: 30, width: 1080, height: 1920 });
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
