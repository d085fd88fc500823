import type { Rect } from '../../safe-zones';
import { fitLines, type FittedText } from '../fit-lines';

/** Instagram's profile grid shows the centre 3:4 of a 1080x1920 cover (y 240–1680); TikTok's grid crops about the same. */
export const GRID_CROP: Rect = { x: 0, y: 240, width: 1080, height: 1440 };

// Tuning: the cover's text sits MARGIN_PX inside the grid crop. Title sizes: Anton capitals, 2 lines
// at most before it shrinks to MIN; the conflict line is Playfair Display bold, 3 lines at most.
// ADVANCE_EM values are each face's mean glyph width, erring wide so nothing wraps unexpectedly.
const MARGIN_PX = 72;
const TITLE = { minPx: 96, maxPx: 190, maxLines: 2, advanceEm: 0.5, lineHeight: 0.95 } as const;
const CONFLICT = { minPx: 46, maxPx: 66, maxLines: 3, advanceEm: 0.52, lineHeight: 1.2 } as const;
const BADGE = { fontPx: 72, heightPx: 96 } as const;
const RULE = { gapPx: 34, heightPx: 12 } as const;

/** Where each part of a cover goes, and the lines its texts take. Every box lies inside GRID_CROP. */
export type CoverLayout = {
  readonly badge: Rect & { readonly fontPx: number };
  readonly title: Rect & FittedText & { readonly lineHeight: number };
  readonly rule: Rect;
  readonly conflict: Rect & FittedText & { readonly lineHeight: number };
};

/** Lays out a cover: the badge at the top of the crop, title, rule and conflict line stacked up from its bottom. */
export const coverLayout = ({ title, conflict }: { title: string; conflict: string }): CoverLayout => {
  const x = GRID_CROP.x + MARGIN_PX;
  const width = GRID_CROP.width - 2 * MARGIN_PX;
  const bottom = GRID_CROP.y + GRID_CROP.height - MARGIN_PX;
  const conflictText = fitLines({ text: conflict, widthPx: width, ...CONFLICT });
  const conflictHeight = Math.ceil(conflictText.lines.length * conflictText.fontPx * CONFLICT.lineHeight);
  const titleText = fitLines({ text: title.toUpperCase(), widthPx: width, ...TITLE });
  const titleHeight = Math.ceil(titleText.lines.length * titleText.fontPx * TITLE.lineHeight);
  const conflictY = bottom - conflictHeight;
  const ruleY = conflictY - RULE.gapPx - RULE.heightPx;
  const titleY = ruleY - RULE.gapPx - titleHeight;
  return {
    badge: { x, y: GRID_CROP.y + MARGIN_PX, width, height: BADGE.heightPx, fontPx: BADGE.fontPx },
    title: { x, y: titleY, width, height: titleHeight, ...titleText, lineHeight: TITLE.lineHeight },
    rule: { x, y: ruleY, width: Math.round(width * 0.3), height: RULE.heightPx },
    conflict: { x, y: conflictY, width, height: conflictHeight, ...conflictText, lineHeight: CONFLICT.lineHeight },
  };
};
