import type { TimedLine } from '../../timeline';

/** The on-screen line band: inside every platform's UI (x 90–900; above the bottom ~460 px, right column at x ≥ 900). */
export const LINE_BAND = { leftPx: 90, rightPx: 900, bottomPx: 1420, topPx: 1150 } as const;

// Tuning: text size bounds (≥ 56 px reads on a phone) and the most lines a caption may take.
// AVERAGE_ADVANCE_EM is Inter ExtraBold's mean glyph width; WRAP_WASTE allows for ragged line ends.
const MAX_FONT_PX = 72;
const MIN_FONT_PX = 56;
const MAX_LINES = 3;
const AVERAGE_ADVANCE_EM = 0.58;
const WRAP_WASTE = 0.85;

/** The line on screen at a frame of its beat, or null between lines. */
export const lineAt = (lines: readonly TimedLine[], frame: number): TimedLine | null =>
  lines.find((l) => frame >= l.fromInFrames && frame < l.fromInFrames + l.durationInFrames) ?? null;

/** The largest font size (56–72 px) at which a line fits in MAX_LINES lines of the band, estimated without a browser. */
export const lineFontSize = (text: string): number => {
  const widthPx = LINE_BAND.rightPx - LINE_BAND.leftPx;
  const fitting = (widthPx * MAX_LINES * WRAP_WASTE) / (AVERAGE_ADVANCE_EM * Math.max(1, text.trim().length));
  return Math.round(Math.min(MAX_FONT_PX, Math.max(MIN_FONT_PX, fitting)));
};
