import { describe, expect, it } from 'vitest';
import { formatHuman, formatJson, formatRuleTable, type Finding, type LintResult } from '../../src/lint';

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'reaction-near-reveal',
  severity: 'warning',
  file: 'scenes/s/e01.ts',
  path: ['beats', 3],
  episodeId: 's-e01',
  timeInSeconds: 12.4,
  message: 'The reveal beats[3] ("proof") has no reaction shot within 1 beat of it',
  fix: 'Add a reaction beat right after it',
  ...overrides,
});

const results: LintResult[] = [
  {
    bible: { file: 'scenes/s/series.ts', pathPrefix: [] },
    episodeCount: 2,
    findings: [
      finding({ ruleId: 'premise-one-sentence', file: 'scenes/s/series.ts', path: ['premise'], episodeId: null, timeInSeconds: null, message: 'The premise has 2 sentences', fix: 'Say it in one' }),
      finding({}),
      finding({ ruleId: 'hook-in-3s', severity: 'error', path: ['beats', 0], timeInSeconds: 4.37, message: 'Nothing is said in the first 3 s', fix: 'Give the hook an overlay' }),
    ],
  },
  {
    bible: { file: 'job.json', pathPrefix: ['series'] },
    episodeCount: 1,
    findings: [finding({ ruleId: 'validation', severity: 'error', file: 'job.json', path: [], episodeId: null, timeInSeconds: null, message: 'cannot be checked', fix: 'Fix this first' })],
  },
];

describe('formatHuman', () => {
  it('groups by file with aligned path, time, severity, message, fix and rule id, then the summary and how to silence warnings', () => {
    expect(formatHuman(results)).toBe(
      [
        'scenes/s/series.ts',
        '  premise  warning  The premise has 2 sentences. Say it in one  premise-one-sentence',
        '',
        'scenes/s/e01.ts',
        '  beats[3]  12.4 s  warning  The reveal beats[3] ("proof") has no reaction shot within 1 beat of it. Add a reaction beat right after it  reaction-near-reveal',
        '  beats[0]  4.37 s  error    Nothing is said in the first 3 s. Give the hook an overlay  hook-in-3s',
        '',
        'job.json',
        '  -  error    cannot be checked. Fix this first  validation',
        '',
        '2 errors, 2 warnings in 3 episodes',
        'To silence a warning, turn its rule off in scenes/s/series.ts: lint: { rules: { "premise-one-sentence": "off", "reaction-near-reveal": "off" } }',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report, in the singular', () => {
    expect(formatHuman([{ bible: { file: 'job.json', pathPrefix: ['series'] }, episodeCount: 1, findings: [] }])).toBe('0 errors, 0 warnings in 1 episode\n');
  });

  it('names the series field of a JSON job as the place to silence a warning', () => {
    const job: LintResult = { bible: { file: 'job.json', pathPrefix: ['series'] }, episodeCount: 1, findings: [finding({ file: 'job.json' })] };
    expect(formatHuman([job]).split('\n').slice(-3)).toEqual(['0 errors, 1 warning in 1 episode', 'To silence a warning, turn its rule off in job.json: series.lint: { rules: { "reaction-near-reveal": "off" } }', '']);
  });
});

describe('formatJson', () => {
  it('gives counts and every finding with its path as text', () => {
    expect(JSON.parse(formatJson(results.slice(1)))).toEqual({
      errorCount: 1,
      warningCount: 0,
      episodeCount: 1,
      findings: [{ ruleId: 'validation', severity: 'error', file: 'job.json', path: '', episodeId: null, timeInSeconds: null, message: 'cannot be checked', fix: 'Fix this first' }],
    });
  });
});

describe('formatRuleTable', () => {
  it('lists each rule with its default severity and default options', () => {
    const lines = formatRuleTable().split('\n');
    expect(lines).toContain('hook-in-3s              error    The first beat is the hook, and words are on screen or spoken by 3 s  options {"seconds":3}');
    expect(lines).toContain('beat-order              error    Beats run hook → escalation → reveal → cliffhanger: one hook, a reveal, one cliffhanger at the end');
  });
});
