import { describe, expect, it } from 'vitest';
import { lintSeries } from '../../../src/lint';
import { beats, goodEpisode, jobOf, recapSeries, resolvedOf } from '../../fixtures/packaging';

const hookFindings = (input: Parameters<typeof resolvedOf>[0]) =>
  lintSeries({ series: jobOf(input).series, episodes: [resolvedOf(input)], wholeSeries: false }).filter((f) => f.ruleId === 'hook-in-3s');

describe('the hook-in-3s rule with a "previously" recap', () => {
  it('passes when the hook lands on its first frame after a 2 s recap', () => {
    expect(hookFindings({ series: recapSeries(2), episode: goodEpisode({ number: 2 }), previous: goodEpisode() })).toEqual([]);
  });

  it('counts the recap: a hook that lands at 1.37 s into the story fails after a 3 s recap, and says why', () => {
    const late = goodEpisode({ number: 2, beats: [beats.hook({ overlay: undefined, durationInSeconds: 1 }), beats.talk(), beats.reveal(), beats.react(), beats.cliff()] });
    expect(hookFindings({ episode: late })).toEqual([]);
    expect(hookFindings({ series: recapSeries(3), episode: late, previous: goodEpisode() }).map((f) => [f.timeInSeconds, f.message, f.fix])).toEqual([
      [
        4.37,
        'Nothing is said or written on screen in the first 3 s: the first words come at 4.37 s, after the 3 s "previously" recap',
        'Give the hook an overlay (a short line of on-screen text) or open on the line that changes everything, and cut what comes before it, or shorten the recap (packaging.recap.seconds)',
      ],
    ]);
  });
});
