import { describe, expect, it } from 'vitest';
import { conflictLineOf, fillTemplate, switchesOf } from '../../../src/packaging/settings';
import { withPrevious } from '../../../src/packaging/link-previous';
import { episodeSchema, seriesSchema } from '../../../src/schema';
import { beats, goodEpisode, goodSeries, recapSeries } from '../../fixtures/packaging';

const series = (input = goodSeries()) => seriesSchema.parse(input);
const episode = (n: number, packaging?: Record<string, unknown>) => episodeSchema.parse(goodEpisode({ number: n, ...(packaging ? { packaging } : {}) }));

describe('which packaging an episode shows', () => {
  it('shows the title card and the next pointer, but no recap, by default', () => {
    expect(switchesOf({ series: series(), episode: episode(2) })).toEqual({ titleCard: true, nextPointer: true, recap: false });
  });

  it('follows the series, and the episode over the series', () => {
    const off = series(goodSeries({ packaging: { titleCard: { enabled: false }, nextPointer: { enabled: false }, recap: { enabled: true } } }));
    expect(switchesOf({ series: off, episode: episode(2) })).toEqual({ titleCard: false, nextPointer: false, recap: true });
    expect(switchesOf({ series: off, episode: episode(2, { titleCard: true, nextPointer: true, recap: false }) })).toEqual({ titleCard: true, nextPointer: true, recap: false });
  });

  it('never recaps episode 1', () => {
    expect(switchesOf({ series: series(recapSeries()), episode: episode(1, { recap: true }) }).recap).toBe(false);
  });

  it('points nowhere from the finale, and on from the episode before it', () => {
    const finaleAt3 = series(goodSeries({ packaging: { lastEpisode: 3 } }));
    expect(switchesOf({ series: finaleAt3, episode: episode(2) }).nextPointer).toBe(true);
    expect(switchesOf({ series: finaleAt3, episode: episode(3) }).nextPointer).toBe(false);
    expect(switchesOf({ series: finaleAt3, episode: episode(3, { nextPointer: true }) }).nextPointer).toBe(false);
  });
});

describe('templates and the conflict line', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(fillTemplate('Part {number} of {series}', { number: 4, series: 'X' })).toBe('Part 4 of X');
    expect(fillTemplate('{nope}', {})).toBe('{nope}');
  });

  it('takes the episode\'s own line, then the hook overlay, then the title', () => {
    expect(conflictLineOf(episode(1, { conflict: 'He stole it.' }))).toBe('He stole it.');
    expect(conflictLineOf(episode(1))).toBe('That is MY design.');
    expect(conflictLineOf(episodeSchema.parse(goodEpisode({ beats: [beats.hook({ overlay: undefined }), beats.cliff()] })))).toBe('Pilot');
  });
});

describe('linking the episode before into a catalog episode\'s props', () => {
  const e1 = goodEpisode();
  const e2 = goodEpisode({ number: 2 });

  it('adds it when the recap is on and it is valid', () => {
    expect(withPrevious({ series: recapSeries(), episode: e2, episodes: [e1, e2] })).toEqual({ series: recapSeries(), episode: e2, previous: e1 });
  });

  it('adds nothing to episode 1, with the recap off, or when the episode turns it off', () => {
    expect(withPrevious({ series: recapSeries(), episode: e1, episodes: [e1, e2] })).toEqual({ series: recapSeries(), episode: e1 });
    expect(withPrevious({ series: goodSeries(), episode: e2, episodes: [e1, e2] })).toEqual({ series: goodSeries(), episode: e2 });
    const own = { ...e2, packaging: { recap: false } };
    expect(withPrevious({ series: recapSeries(), episode: own, episodes: [e1, own] })).toEqual({ series: recapSeries(), episode: own });
  });

  it('adds nothing when the episode before is missing or invalid (the check then says so)', () => {
    expect(withPrevious({ series: recapSeries(), episode: e2, episodes: [e2] })).toEqual({ series: recapSeries(), episode: e2 });
    const broken = { ...e1, title: '' };
    expect(withPrevious({ series: recapSeries(), episode: e2, episodes: [broken, e2] })).toEqual({ series: recapSeries(), episode: e2 });
  });

  it('links an episode before that has a recap of its own', () => {
    const e3 = goodEpisode({ number: 3 });
    expect(withPrevious({ series: recapSeries(), episode: e3, episodes: [e1, e2, e3] })).toEqual({ series: recapSeries(), episode: e3, previous: e2 });
  });
});
