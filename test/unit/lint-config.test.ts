import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors';
import { loadCatalog } from '../../src/project';
import { seriesSchema, type SeriesInput } from '../../src/schema';
import { lintSeries } from '../../src/lint';
import { checkJob } from '../../src/validate';
import { beats, findingsOf, goodEpisode, goodSeries } from '../fixtures/lint-fixtures';

const short = goodEpisode({ beats: [beats.hook(), beats.talk({ durationInSeconds: 2 }), beats.reveal(), beats.react(), beats.cliff()] });
const lengthFindings = (lint: SeriesInput['lint']) =>
  findingsOf('episode-length', { series: goodSeries({ lint }), episodes: [short] }).map((f) => [f.severity, f.message]);

/** The lines `cliffhanger validate` prints for a series with these lint settings. */
const seriesProblems = (lint: unknown): string[] =>
  loadCatalog([{ series: goodSeries({ lint: lint as SeriesInput['lint'] }), episodes: [goodEpisode()] }]).problems.map(formatProblem);

describe('series lint settings', () => {
  it('apply the rule defaults when the series sets nothing', () => {
    expect(lengthFindings(undefined)).toEqual([['error', "The episode runs 42 s, shorter than the series' 45 s minimum"]]);
  });

  it('turn a rule off', () => {
    expect(lengthFindings({ rules: { 'episode-length': 'off' } })).toEqual([]);
    expect(lengthFindings({ rules: { 'episode-length': { severity: 'off' } } })).toEqual([]);
  });

  it('change the severity, alone or with options', () => {
    expect(lengthFindings({ rules: { 'episode-length': 'warning' } })).toEqual([['warning', "The episode runs 42 s, shorter than the series' 45 s minimum"]]);
    expect(lengthFindings({ rules: { 'episode-length': { severity: 'warning', options: { minSeconds: 50 } } } })).toEqual([['warning', "The episode runs 42 s, shorter than the series' 50 s minimum"]]);
  });

  it('change options and keep the default severity', () => {
    expect(lengthFindings({ rules: { 'episode-length': { options: { minSeconds: 40 } } } })).toEqual([]);
  });

  it('leave other rules alone', () => {
    expect(findingsOf('hook-in-3s', { series: goodSeries({ lint: { rules: { 'episode-length': 'off' } } }), episodes: [short] })).toEqual([]);
  });
});

describe('mistakes in lint settings are validation errors', () => {
  it('an unknown rule id, with the closest id', () => {
    expect(seriesProblems({ rules: { 'hook-in-3': 'off' } })).toEqual(['scenes/test-series/series.ts: lint.rules.hook-in-3 is not a lint rule. Did you mean "hook-in-3s"?']);
  });

  it('an unknown rule id with nothing close', () => {
    expect(seriesProblems({ rules: { pacing: 'off' } })).toEqual(['scenes/test-series/series.ts: lint.rules.pacing is not a lint rule. Run `cliffhanger lint --rules` to list the rules']);
  });

  it('a misspelt option, with the closest option', () => {
    expect(seriesProblems({ rules: { 'episode-length': { options: { minSecond: 30 } } } })).toEqual([
      'scenes/test-series/series.ts: lint.rules.episode-length.options has unknown field "minSecond". Did you mean "minSeconds"?',
    ]);
  });

  it('an option of the wrong type, and options that contradict each other', () => {
    expect(seriesProblems({ rules: { 'episode-length': { options: { maxSeconds: '120' } } } })).toEqual([
      'scenes/test-series/series.ts: lint.rules.episode-length.options.maxSeconds must be a number, but got "120"',
    ]);
    expect(seriesProblems({ rules: { 'episode-length': { options: { minSeconds: 60, maxSeconds: 40 } } } })).toEqual([
      'scenes/test-series/series.ts: lint.rules.episode-length.options.minSeconds must be less than maxSeconds (40), but got 60',
    ]);
  });

  it('a level that is not off, warning or error', () => {
    expect(seriesProblems({ rules: { 'arc-shape': 'warn' } })).toEqual([
      'scenes/test-series/series.ts: lint.rules.arc-shape must be "off", "warning", "error", or { severity?: "off" | "warning" | "error", options?: { … } }, but got "warn"',
    ]);
    expect(seriesProblems({ rules: { 'arc-shape': { severty: 'off' } } })).toEqual([
      'scenes/test-series/series.ts: lint.rules.arc-shape has unknown field "severty". Did you mean "severity"?',
    ]);
  });

  it('block the episodes until the bible is fixed, like any bible error', () => {
    const catalog = loadCatalog([{ series: goodSeries({ lint: { rules: { 'hook-in-3': 'off' } } }), episodes: [goodEpisode()] }]);
    expect(catalog.episodes.map((e) => [e.job, e.problems.map(formatProblem)])).toEqual([[null, ['scenes/test-series/e01.ts: cannot be checked until scenes/test-series/series.ts is fixed']]]);
  });

  it('in a JSON job, under series', () => {
    const check = checkJob({ series: goodSeries({ lint: { rules: { 'hook-in-3': 'off' } } }), episode: goodEpisode() });
    expect(check.problems).toEqual([{ path: ['series', 'lint', 'rules', 'hook-in-3'], message: 'is not a lint rule', fix: 'Did you mean "hook-in-3s"?' }]);
  });
});

describe('lintSeries called directly', () => {
  it('refuses settings that were never checked, with the same message as validation', () => {
    const series = seriesSchema.parse(goodSeries({ lint: { rules: { 'hook-in-3': 'off' } } }));
    expect(() => lintSeries({ series, episodes: [] })).toThrow('test-series: lint.rules.hook-in-3 is not a lint rule. Did you mean "hook-in-3s"?');
  });
});
