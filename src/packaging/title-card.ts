import type { ResolvedEpisode } from '../timeline';
import type { Rect } from '../safe-zones';
import { fillTemplate, packagingOf, switchesOf } from './settings';

// Tuning (frames at 30 fps): the card comes in after the hook overlay's slam and shake (done by
// frame 11), so the two never move at once; it holds long enough to read the series name twice and
// is gone before 3 s, when the hook has to stand on its own. Raise HOLD_FRAMES for long titles.
export const TITLE_CARD_TIMING = { enterAtFrame: 12, enterFrames: 10, holdFrames: 50, exitFrames: 8 } as const;

// Tuning: the lockup is one row, badge then title, so it stays below the faces of every framing but
// the extreme close-up. Title: Anton capitals; ADVANCE_EM is its mean glyph width with the letter
// spacing, erring wide. LINES_RESERVE_PX keeps the lower card clear of a three-line dialogue caption
// rising from the bottom of the safe area; BADGE_ADVANCE_EM sizes the badge the same way.
const TITLE_FONT_PX = { min: 44, max: 68 } as const;
const ADVANCE_EM = 0.54;
const BADGE_FONT_PX = 50;
const BADGE_ADVANCE_EM = 0.56;
const BADGE_PADDING_PX = 20;
const GAP_PX = 18;
const BLOCK_HEIGHT_PX = 90;
const INSET_PX = 25;
const LINES_RESERVE_PX = 330;

/** The series title treatment and episode badge of one episode: what it says, where and when. */
export type TitleCardPlan = {
  readonly fromInFrames: number;
  readonly durationInFrames: number;
  readonly badge: string;
  readonly title: string;
  /** Under the hook overlay when there is one; otherwise where the overlay would be. */
  readonly placement: 'lower' | 'upper';
  readonly box: Rect;
  readonly titleFontPx: number;
  readonly badgeFontPx: number;
  readonly gapPx: number;
};

/** Width of the badge at its size, padding included, estimated without a browser. */
export const badgeWidth = (badge: string): number => Math.ceil(badge.length * BADGE_FONT_PX * BADGE_ADVANCE_EM + 2 * BADGE_PADDING_PX);

/** The largest title size (44–68 px) at which the series title fits beside the badge on one row; a longer title wraps at 44 px. */
export const titleFontSize = ({ title, badge, widthPx }: { title: string; badge: string; widthPx: number }): number => {
  const room = widthPx - badgeWidth(badge) - GAP_PX;
  return Math.round(Math.max(TITLE_FONT_PX.min, Math.min(TITLE_FONT_PX.max, room / (ADVANCE_EM * Math.max(1, title.length)))));
};

/** Where the lockup sits: centred across the safe area, under the hook overlay or in its place. */
export const titleCardBox = ({ safeArea, placement }: { safeArea: Rect; placement: TitleCardPlan['placement'] }): Rect => {
  const x = safeArea.x + INSET_PX;
  const width = safeArea.width - 2 * INSET_PX;
  const y = placement === 'upper' ? safeArea.y + INSET_PX : safeArea.y + safeArea.height - LINES_RESERVE_PX - BLOCK_HEIGHT_PX;
  return { x, y, width, height: BLOCK_HEIGHT_PX };
};

/** The title card of an episode, or null when the series or the episode turns it off. Starts with the story, after any recap. */
export const titleCardOf = (episode: ResolvedEpisode): TitleCardPlan | null => {
  if (!switchesOf(episode).titleCard) return null;
  const first = episode.beats[0];
  const placement = first?.beat.type === 'hook' && first.beat.overlay ? 'lower' : 'upper';
  const box = titleCardBox({ safeArea: episode.safeArea, placement });
  const t = TITLE_CARD_TIMING;
  const badge = fillTemplate(packagingOf(episode.series).titleCard.badge, { number: episode.episode.number });
  return {
    fromInFrames: (first?.fromInFrames ?? 0) + t.enterAtFrame,
    durationInFrames: t.enterFrames + t.holdFrames + t.exitFrames,
    badge,
    title: episode.series.title,
    placement,
    box,
    titleFontPx: titleFontSize({ title: episode.series.title, badge, widthPx: box.width }),
    badgeFontPx: BADGE_FONT_PX,
    gapPx: GAP_PX,
  };
};
