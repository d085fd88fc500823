import type { Rect } from '../../safe-zones';

// Tuning: hook text is Anton, huge, at most two lines across the safe area; ADVANCE_EM is Anton's
// mean upper-case glyph width. TOP_MARGIN_PX keeps its outline clear of the platforms' top UI.
const TOP_MARGIN_PX = 21;
const MAX_FONT_PX = 150;
const MIN_FONT_PX = 84;
const MAX_LINES = 2;
const ADVANCE_EM = 0.5;
const WRAP_WASTE = 0.88;
/** Time markers stay plain even though they are written in capitals. */
const NOT_EMPHASIS = new Set(['AM', 'PM']);

/** Where the hook text goes: the safe area's width, just below its top (x 65–900, top 290 for TikTok, Reels and Shorts). */
export const overlayBand = (safeArea: Rect): { leftPx: number; rightPx: number; topPx: number } => ({
  leftPx: safeArea.x,
  rightPx: safeArea.x + safeArea.width,
  topPx: safeArea.y + TOP_MARGIN_PX,
});

/** The largest size at which the overlay fits `widthPx` in two lines and its longest word fits one line. */
export const overlayFontSize = (text: string, widthPx: number): number => {
  const longestWord = Math.max(1, ...text.split(/\s+/).map((w) => w.length));
  const byLength = (widthPx * MAX_LINES * WRAP_WASTE) / (ADVANCE_EM * Math.max(1, text.length));
  const byWord = widthPx / (ADVANCE_EM * 1.1 * longestWord);
  return Math.round(Math.max(MIN_FONT_PX, Math.min(MAX_FONT_PX, byLength, byWord)));
};

/** The overlay split into words, each marked when the writer put it in capitals for emphasis ("That's MY design."). */
export const emphasisedWords = (text: string): { word: string; emphasis: boolean }[] => {
  const allCaps = text === text.toUpperCase();
  return text.split(/\s+/).filter(Boolean).map((word) => {
    const letters = word.replace(/[^\p{L}]/gu, '');
    return { word, emphasis: !allCaps && letters.length >= 2 && letters === letters.toUpperCase() && !NOT_EMPHASIS.has(letters) };
  });
};
