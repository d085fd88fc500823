import { describe, expect, it } from 'vitest';
import { checkJob } from '../../../src/validate';
import { beats, goodEpisode, goodSeries, recapSeries } from '../../fixtures/packaging';

const e1 = goodEpisode();
const e2 = goodEpisode({ number: 2 });

describe('checking the recap of a job', () => {
  it('accepts episode 2 with episode 1 as previous', () => {
    expect(checkJob({ series: recapSeries(), episode: e2, previous: e1 }).problems).toEqual([]);
  });

  it('accepts episode 1 without a previous episode, and episode 2 with the recap off', () => {
    expect(checkJob({ series: recapSeries(), episode: e1 }).problems).toEqual([]);
    expect(checkJob({ series: recapSeries(), episode: { ...e2, packaging: { recap: false } } }).problems).toEqual([]);
    expect(checkJob({ series: goodSeries(), episode: e2 }).problems).toEqual([]);
  });

  it('asks for the previous episode when the recap is on', () => {
    expect(checkJob({ series: recapSeries(), episode: e2 }).problems).toEqual([
      {
        path: ['episode', 'packaging', 'recap'],
        message: 'is on, but there is no valid episode 1 to recap',
        fix: 'Fix or add episode 1 (a JSON job carries it as "previous"), or set packaging: { recap: false } in this episode',
      },
    ]);
  });

  it('turns the recap on for one episode of a series without it', () => {
    expect(checkJob({ series: goodSeries(), episode: { ...e2, packaging: { recap: true } } }).problems.map((p) => p.message)).toEqual(['is on, but there is no valid episode 1 to recap']);
  });

  it('wants the episode just before, of the same series', () => {
    expect(checkJob({ series: recapSeries(), episode: goodEpisode({ number: 3 }), previous: { ...e1, series: 'other' } }).problems).toEqual([
      { path: ['previous', 'number'], message: 'must be 2, the episode before episode 3, but got 1', fix: 'Pass episode 2 as "previous"' },
      { path: ['previous', 'series'], message: 'must be the id of its series ("test-series"), but got "other"', fix: 'Set it to "test-series"' },
    ]);
  });

  it('needs a reveal in the previous episode', () => {
    const noReveal = goodEpisode({ beats: [beats.hook(), beats.talk(), beats.cliff()] });
    expect(checkJob({ series: recapSeries(), episode: e2, previous: noReveal }).problems).toEqual([
      {
        path: ['episode', 'packaging', 'recap'],
        message: 'is on, but episode 1 has no beat with role "reveal" to recap',
        fix: 'Give the beat of episode 1 that reveals something the role "reveal", or set packaging: { recap: false } in this episode',
      },
    ]);
  });

  it('checks the characters of the previous episode against this series', () => {
    const stranger = goodEpisode({ beats: [beats.hook(), beats.reveal({ characters: ['mya'] }), beats.cliff()] });
    expect(checkJob({ series: recapSeries(), episode: e2, previous: stranger }).problems).toEqual([
      { path: ['previous', 'beats', 1, 'characters', 0], message: 'must be a character of the series (maya, victor), but got "mya"', fix: 'Did you mean "maya"?' },
    ]);
  });
});

describe('checking the cover of an episode', () => {
  const withCover = (cover: { beat?: string; atSeconds?: number }) => checkJob({ series: goodSeries(), episode: goodEpisode({ packaging: { cover } }) }).problems;

  it('accepts a beat of the episode and a time inside it', () => {
    expect(withCover({ beat: 'shock', atSeconds: 0 })).toEqual([]);
    // The hook lasts 3 s (90 frames): its last frame is at 2.97 s.
    expect(withCover({ atSeconds: 2.98 })).toEqual([]);
  });

  it('names the beats when the cover names another', () => {
    expect(withCover({ beat: 'shok' })).toEqual([
      { path: ['episode', 'packaging', 'cover', 'beat'], message: 'must be the id of a beat of this episode (hook, talk, proof, shock, end), but got "shok"', fix: 'Did you mean "shock"?' },
    ]);
  });

  it('refuses a time at or after the end of the beat', () => {
    expect(withCover({ atSeconds: 3 })).toEqual([
      { path: ['episode', 'packaging', 'cover', 'atSeconds'], message: 'must be inside beat "hook", which lasts 3 s, but got 3', fix: 'Use a time from 0 to 2.96' },
    ]);
  });

  it('keeps the conflict line short', () => {
    const line = (n: number) => checkJob({ series: goodSeries(), episode: goodEpisode({ packaging: { conflict: 'x'.repeat(n) } }) }).problems;
    expect(line(70)).toEqual([]);
    expect(line(71)).toEqual([{ path: ['episode', 'packaging', 'conflict'], message: `must be at most 70 character(s) long, but got "${'x'.repeat(38)}…"` }]);
  });
});

describe('templates in the bible', () => {
  it('refuses an unknown placeholder with a suggestion', () => {
    const problems = checkJob({ series: goodSeries({ packaging: { titleCard: { badge: 'Ep {numbr}' } } }), episode: goodEpisode() }).problems;
    expect(problems).toEqual([{ path: ['series', 'packaging', 'titleCard', 'badge'], message: 'uses unknown placeholder "{numbr}"; the placeholders are {number}', fix: 'Did you mean "{number}"?' }]);
  });

  it('refuses a hashtag without "#"', () => {
    const problems = checkJob({ series: goodSeries({ publish: { hashtags: ['drama'] } }), episode: goodEpisode() }).problems;
    expect(problems).toEqual([{ path: ['series', 'publish', 'hashtags', 0], message: 'must be a hashtag like "#microdrama": "#" then letters, digits or underscores, but got "drama"' }]);
  });
});
