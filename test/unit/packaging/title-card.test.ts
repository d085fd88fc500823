import { describe, expect, it } from 'vitest';
import { TITLE_CARD_TIMING, badgeWidth, titleCardBox, titleCardOf, titleFontSize } from '../../../src/packaging/title-card';
import { titleCardMotion } from '../../../src/packaging/title-card-motion';
import { nextPointerMotion, nextPointerOf } from '../../../src/packaging/next-pointer';
import { contains } from '../../../src/safe-zones';
import { beats, goodEpisode, goodSeries, recapSeries, resolvedOf } from '../../fixtures/packaging';

const SAFE = { x: 65, y: 269, width: 835, height: 1191 };
const total = TITLE_CARD_TIMING.enterFrames + TITLE_CARD_TIMING.holdFrames + TITLE_CARD_TIMING.exitFrames;

describe('the title card', () => {
  it('comes in 12 frames into the story, after the hook overlay lands, badge and series title', () => {
    const card = titleCardOf(resolvedOf({ episode: goodEpisode({ number: 3 }) }));
    expect(card).toMatchObject({ fromInFrames: 12, durationInFrames: 68, badge: 'Ep 3', title: 'Test Series', placement: 'lower' });
  });

  it('starts after the recap', () => {
    const card = titleCardOf(resolvedOf({ series: recapSeries(2), episode: goodEpisode({ number: 2 }), previous: goodEpisode() }));
    expect(card?.fromInFrames).toBe(72);
  });

  it('takes the overlay\'s place when the hook has none', () => {
    expect(titleCardOf(resolvedOf({ episode: goodEpisode({ beats: [beats.hook({ overlay: undefined }), beats.cliff()] }) }))?.placement).toBe('upper');
  });

  it('uses the series badge template, and is gone when turned off', () => {
    expect(titleCardOf(resolvedOf({ series: goodSeries({ packaging: { titleCard: { badge: 'Part {number}' } } }) }))?.badge).toBe('Part 1');
    expect(titleCardOf(resolvedOf({ series: goodSeries({ packaging: { titleCard: { enabled: false } } }) }))).toBeNull();
    expect(titleCardOf(resolvedOf({ episode: goodEpisode({ packaging: { titleCard: false } }) }))).toBeNull();
  });

  it('stays inside the safe area, above three caption lines', () => {
    const lower = titleCardBox({ safeArea: SAFE, placement: 'lower' });
    expect(lower).toEqual({ x: 90, y: 1040, width: 785, height: 90 });
    expect(contains(SAFE, lower)).toBe(true);
    expect(titleCardBox({ safeArea: SAFE, placement: 'upper' })).toEqual({ x: 90, y: 294, width: 785, height: 90 });
  });

  it('sizes the title to fit beside the badge: 68 px at most, 44 px at least', () => {
    expect(badgeWidth('Ep 3')).toBe(152);
    expect(titleFontSize({ title: 'Short', badge: 'Ep 3', widthPx: 785 })).toBe(68);
    expect(titleFontSize({ title: 'The Stolen Design', badge: 'Ep 3', widthPx: 785 })).toBe(67);
    expect(titleFontSize({ title: 'A Very Long Series Title That Keeps Going', badge: 'Ep 3', widthPx: 785 })).toBe(44);
  });

  it('moves in, holds still, and goes', () => {
    expect(titleCardMotion(0)).toMatchObject({ badgeOpacity: 0, titleReveal: 0, opacity: 1 });
    expect(titleCardMotion(TITLE_CARD_TIMING.enterFrames + 20)).toEqual({ badgeScale: 1, badgeOpacity: 1, titleReveal: 1, rule: 1, opacity: 1, dropPx: 0 });
    expect(titleCardMotion(total)).toMatchObject({ opacity: 0, dropPx: 18 });
  });
});

describe('the next-episode pointer', () => {
  it('points at the next part, unless the series or the episode says not to', () => {
    expect(nextPointerOf(resolvedOf({ episode: goodEpisode({ number: 3 }) }))).toBe('Part 4');
    expect(nextPointerOf(resolvedOf({ series: goodSeries({ packaging: { nextPointer: { text: 'Episode {number}' } } }) }))).toBe('Episode 2');
    expect(nextPointerOf(resolvedOf({ series: goodSeries({ packaging: { lastEpisode: 1 } }) }))).toBeNull();
    expect(nextPointerOf(resolvedOf({ episode: goodEpisode({ packaging: { nextPointer: false } }) }))).toBeNull();
  });

  it('arrives after the teaser and nudges its arrow', () => {
    expect(nextPointerMotion(19)).toEqual({ opacity: 0, risePx: 20, arrowPx: 0 });
    expect(nextPointerMotion(28)).toEqual({ opacity: 1, risePx: 0, arrowPx: 0 });
    expect(nextPointerMotion(40).arrowPx).toBeCloseTo(10, 5);
  });
});
