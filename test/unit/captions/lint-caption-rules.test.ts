import { describe, expect, it } from 'vitest';
import { frameToMs } from '../../../src/captions';
import { formatTimestamp } from '../../../src/captions/parse/timestamp';
import { lintSeries, type Finding } from '../../../src/lint';
import type { LintConfig } from '../../../src/schema';
import { resolveEpisode } from '../../../src/timeline';
import { corpusBeat } from '../../fixtures/caption-jobs';
import { parsedJob } from '../../fixtures/minimal';

type Line = { speaker: string; text: string; caption?: Record<string, unknown> };
type Cue = [fromInFrames: number, toInFrames: number, text: string];

const srtOf = (cues: readonly Cue[]): string =>
  cues.map(([from, to, text], i) => `${i + 1}\n${formatTimestamp(frameToMs(from, 30), 'srt')} --> ${formatTimestamp(frameToMs(to, 30), 'srt')}\n${text}\n`).join('\n');

/** Lints one episode of the minimal series whose 12 s beat says `lines`, timed by the script or by an SRT of `cues`. */
const lintCaptions = ({ lines, cues, lint }: { lines: Line[]; cues?: readonly Cue[]; lint?: LintConfig['rules'] }): Finding[] => {
  const job = parsedJob({ beats: [corpusBeat(lines as never)], ...(cues ? { captions: { src: 'e01.srt' } } : {}) }, lint ? { lint: { rules: lint } } : {});
  const episode = resolveEpisode(job);
  const captionFiles = new Map(cues ? [[episode.id, { path: 'public/e01.srt', text: srtOf(cues) }]] : []);
  return lintSeries({ series: job.series, episodes: [episode], captionFiles }).filter((f) => f.ruleId.startsWith('caption-'));
};

const finding = (ruleId: string, severity: 'error' | 'warning', path: PropertyKey[], timeInSeconds: number, message: string, fix: string): Finding => ({
  ruleId,
  severity,
  file: 'test-series-e01',
  path,
  episodeId: 'test-series-e01',
  timeInSeconds,
  message,
  fix,
});
const LINE0 = ['beats', 0, 'dialogue', 0];
const SAW = [{ speaker: 'maya', text: 'I know what I saw' }];

describe('caption readability rules', () => {
  it('pass the script\'s own timing of ordinary lines', () => {
    expect(lintCaptions({ lines: [{ speaker: 'maya', text: 'Where were you?' }, { speaker: 'victor', text: 'Out.' }] })).toEqual([]);
  });

  it('caption-reading-speed: 17 characters in 1 s pass, in 29 frames they do not', () => {
    expect(lintCaptions({ lines: SAW, cues: [[30, 60, 'I know what I saw']] })).toEqual([]);
    expect(lintCaptions({ lines: SAW, cues: [[30, 59, 'I know what I saw']] })).toEqual([
      finding('caption-reading-speed', 'error', LINE0, 1, 'The caption "I know what I saw" (public/e01.srt, line 2) reads at 17.6 characters/s (17 characters in 0.97 s), faster than 17', 'Give it 1 s in public/e01.srt (line 2)'),
    ]);
  });

  it('caption-reading-speed: suggests an extension for a script line, and takes the series\' limit', () => {
    const lines = [{ speaker: 'maya', text: 'He asked me to move your files.', caption: { extendInSeconds: -1 } }];
    expect(lintCaptions({ lines })).toEqual([
      finding('caption-reading-speed', 'error', LINE0, 0.37, 'The caption "He asked me to move your files." reads at 19.4 characters/s (31 characters in 1.6 s), faster than 17', 'Keep it up 1.9 s: caption.extendInSeconds: 0.3; or split the line (caption.splitAfter), or shorten it'),
    ]);
    expect(lintCaptions({ lines, lint: { 'caption-reading-speed': { options: { maxCharactersPerSecond: 20 } } } })).toEqual([]);
  });

  it('caption-line-count: two lines of 32 characters pass, a third line suggests where to split', () => {
    expect(lintCaptions({ lines: [{ speaker: 'maya', text: 'Lumen. A brand that glows. I sketched it over the weekend.' }] })).toEqual([]);
    const text = 'I kept every file, every version, every note you deleted from the drive.';
    expect(lintCaptions({ lines: [{ speaker: 'maya', text }] })).toEqual([
      finding('caption-line-count', 'error', LINE0, 0.37, 'The caption "I kept every file, every version, every…" needs 3 lines of at most 32 characters, more than 2', 'Split it in two: caption.splitAfter: ["version,"]; or shorten the line'),
    ]);
  });

  it('caption-line-length: an imported line of 32 characters passes, 33 do not', () => {
    const lines = [{ speaker: 'maya', text: 'Then no studio in this city ever hires a designer who steals.' }];
    expect(lintCaptions({ lines, cues: [[30, 150, 'Then no studio in this city ever\nhires a designer who steals.']] })).toEqual([]);
    expect(lintCaptions({ lines, cues: [[30, 150, 'Then no studio in this city ever hires\na designer who steals.']] })).toEqual([
      finding('caption-line-length', 'warning', LINE0, 1, 'Line 1 of the caption "Then no studio in this city ever hires …" (public/e01.srt, line 2) has 38 characters, more than 32', 'Break the line in two in public/e01.srt (line 2)'),
    ]);
  });

  it('caption-min-duration: 25 frames (5/6 s) pass, 24 do not', () => {
    const lines = [{ speaker: 'maya', text: 'No.' }];
    expect(lintCaptions({ lines, cues: [[30, 55, 'No.']] })).toEqual([]);
    expect(lintCaptions({ lines, cues: [[30, 54, 'No.']] })).toEqual([
      finding('caption-min-duration', 'warning', LINE0, 1, 'The caption "No." (public/e01.srt, line 2) is on screen for 0.8 s, less than 0.83 s', 'Give it at least 0.83 s in public/e01.srt (line 2)'),
    ]);
  });

  it('caption-max-duration: 7 s pass, a frame more does not, and a script line is told where to split', () => {
    expect(lintCaptions({ lines: SAW, cues: [[30, 240, 'I know what I saw']] })).toEqual([]);
    expect(lintCaptions({ lines: SAW, cues: [[30, 241, 'I know what I saw']] })).toEqual([
      finding('caption-max-duration', 'warning', LINE0, 1, 'The caption "I know what I saw" (public/e01.srt, line 2) stays on screen for 7.03 s, longer than 7 s', 'Split the cue in two, or end it sooner, in public/e01.srt (line 2)'),
    ]);
    expect(lintCaptions({ lines: [{ ...SAW[0]!, caption: { extendInSeconds: 6.5 } }] })[0]?.fix).toBe('Split it in two: caption.splitAfter: ["know"]');
  });

  it('caption-gap: 2 frames between captions pass, 1 or 0 do not', () => {
    const lines = [{ speaker: 'maya', text: 'Where were you?' }, { speaker: 'victor', text: 'Out.' }];
    expect(lintCaptions({ lines, cues: [[30, 60, 'Where were you?'], [62, 92, 'Out.']] })).toEqual([]);
    expect(lintCaptions({ lines, cues: [[30, 60, 'Where were you?'], [61, 92, 'Out.']] })).toEqual([
      finding('caption-gap', 'warning', ['beats', 0, 'dialogue', 1], 2.03, 'The caption "Out." (public/e01.srt, line 6) starts 1 frame after the caption before it ends, less than 2', 'Leave 2 frames before it in public/e01.srt (line 6)'),
    ]);
    expect(lintCaptions({ lines, cues: [[30, 60, 'Where were you?'], [60, 92, 'Out.']] })[0]?.message).toBe('The caption "Out." (public/e01.srt, line 6) starts 0 frames after the caption before it ends, less than 2');
  });

  it('caption-source: turns import repairs and script differences into warnings naming the file line or the script line', () => {
    expect(lintCaptions({ lines: SAW, cues: [[30, 60, '<i>I know what I saw</i>']] })).toEqual([
      { ...finding('caption-source', 'warning', ['captions', 'src'], 0, 'Public/e01.srt, line 3: has markup tags (<i>, <font>, {\\an8}…); removed, since the series\' caption style decides the look', 'Remove the tags from the file'), timeInSeconds: null },
    ]);
    expect(lintCaptions({ lines: SAW, cues: [[30, 90, 'I know what you saw']] })).toEqual([
      finding('caption-source', 'warning', LINE0, 1, 'The line is "I know what I saw" in the script but "I know what you saw" in public/e01.srt (line 2)', 'Make the two agree: the file\'s words are the ones burned in'),
    ]);
  });

  it('can each be turned off per series', () => {
    const lines = [{ speaker: 'maya', text: 'I kept every file, every version, every note you deleted from the drive.' }];
    expect(lintCaptions({ lines, lint: { 'caption-line-count': 'off' } })).toEqual([]);
  });

  it('skip an episode whose subtitle file was not read (validation reports it)', () => {
    const job = parsedJob({ beats: [corpusBeat(SAW as never)], captions: { src: 'missing.srt' } });
    expect(lintSeries({ series: job.series, episodes: [resolveEpisode(job)] }).filter((f) => f.ruleId.startsWith('caption-'))).toEqual([]);
  });
});
