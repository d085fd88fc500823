// Tuning: hook text is Anton, huge, at most two lines inside the safe band; ADVANCE_EM is Anton's
// mean upper-case glyph width. TOP_PX keeps it below the top platform UI (~250 px).
export const OVERLAY_BAND = { leftPx: 90, rightPx: 900, topPx: 290 } as const;
const MAX_FONT_PX = 150;
const MIN_FONT_PX = 84;
const MAX_LINES = 2;
const ADVANCE_EM = 0.5;
const WRAP_WASTE = 0.88;
/** Time markers stay plain even though they are written in capitals. */
const NOT_EMPHASIS = new Set(['AM', 'PM']);

/** The largest size at which the overlay fits the band in two lines and its longest word fits one line. */
export const overlayFontSize = (text: string): number => {
  const widthPx = OVERLAY_BAND.rightPx - OVERLAY_BAND.leftPx;
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
