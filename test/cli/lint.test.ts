import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const WEAK = 'test/fixtures/jobs/weak-craft-job.json';

describe('cliffhanger lint', () => {
  it('passes the demo series, and one of its episodes', async () => {
    expect(await runCli(['lint', 'the-stolen-design'])).toEqual({ code: 0, stderr: '', stdout: '0 errors, 0 warnings in 3 episodes\n' });
    expect(await runCli(['lint', 'the-stolen-design-e02'])).toEqual({ code: 0, stderr: '', stdout: '0 errors, 0 warnings in 1 episode\n' });
  });

  it('fails a weak JSON job with every finding, the summary, and how to silence the warnings', async () => {
    expect(await runCli(['lint', WEAK])).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        WEAK,
        '  series.premise                  error    The premise has 2 sentences. Say it in one: who, the problem and what is at stake, e.g. "A junior designer discovers that her boss is stealing her ideas and decides to expose him"  premise-one-sentence',
        '  series.arc                      error    The arc has 0 twists, fewer than 1. Add a plot point with stage "twist": what goes wrong, or changes the plan, in the middle of the series  arc-shape',
        '  episode.purpose                 warning  The purpose "Lena starts her shift." is too short to say what is different by the end of the episode. Say what changes, e.g. "Maya learns Victor stole her design, and Victor learns she knows"  episode-purpose',
        '  episode.beats                   error    The episode runs 12.83 s, shorter than the series\' 45 s minimum. Add an escalation or a reaction beat, or change lint.rules["episode-length"].options in the series bible  episode-length',
        '  episode.beats[0].role      0 s  error    The episode opens on beats[0] ("corridor"), an escalation beat, not the hook. Open on a hook beat (type "hook"): a shocking line, a confrontation or a suspicious text; pressure first, context later  hook-in-3s',
        '  episode.beats[0]           0 s  warning  beats[0] ("corridor") is an escalation with no line, no insert, no reaction and no on-screen text: nothing in it changes. Give it a line or an insert that raises the stakes, make it a reaction, or cut it  beat-changes-something',
        '  episode.beats              0 s  warning  From 0 s to 12.83 s the episode has 1 emotional spike (hook, reveal, cliffhanger beats), fewer than 2 per 90 s. Turn beats[0], beats[2] or beats[3] into a reveal, or tighten that stretch  emotional-spikes',
        '  episode.beats[0]        4.37 s  error    Nothing is said or written on screen in the first 3 s: the first words come at 4.37 s. Give the hook an overlay (a short line of on-screen text) or open on the line that changes everything, and cut what comes before it  hook-in-3s',
        '  episode.beats[3].role  10.63 s  error    The episode ends on beats[3] ("lena-looks-up"), an escalation beat, not a cliffhanger. End on a cliffhanger beat (type "cliffhanger"): unresolved enough that the viewer wants the next part  ends-on-cliffhanger',
        '  episode.beats[3]       10.63 s  warning  beats[3] ("lena-looks-up") repeats beats[2] ("lena-reads"): the same close-up of the same characters, with nothing new said or shown. Merge the two beats (e.g. one reaction: "shock, then anger"), or cut to another character or an insert  beat-changes-something',
        '',
        '6 errors, 4 warnings in 1 episode',
        `To silence a warning, turn its rule off in ${WEAK}: series.lint: { rules: { "episode-purpose": "off", "beat-changes-something": "off", "emotional-spikes": "off" } }`,
        '',
      ].join('\n'),
    });
  });

  it('prints JSON for CI with the same exit code', async () => {
    const result = await runCli(['lint', WEAK, '--json']);
    const report = JSON.parse(result.stdout) as { errorCount: number; warningCount: number; findings: { ruleId: string; path: string }[] };
    expect([result.code, report.errorCount, report.warningCount]).toEqual([1, 6, 4]);
    expect(report.findings[0]).toEqual({
      ruleId: 'premise-one-sentence',
      severity: 'error',
      file: WEAK,
      path: 'series.premise',
      episodeId: null,
      timeInSeconds: null,
      message: 'The premise has 2 sentences',
      fix: 'Say it in one: who, the problem and what is at stake, e.g. "A junior designer discovers that her boss is stealing her ideas and decides to expose him"',
    });
  });

  it('suggests the closest id for an unknown target', async () => {
    expect(await runCli(['lint', 'the-stolen-desgn'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'the-stolen-desgn: is not an episode id, a series id or a .json job file. Did you mean "the-stolen-design"?\n\n1 problem found; nothing was written.\n',
    });
  });
});
