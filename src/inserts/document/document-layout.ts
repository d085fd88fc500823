import type { DocumentInsert } from '../../schema';
import type { Rect } from '../shared/geometry';
import { estimateLineCount } from '../shared/text-estimate';

/** The sheet: nearly the safe width, so body text stays ≥ 40 px and the pushed-in clue ≥ 52 px. */
export const PAGE_WIDTH_PX = 770;
export const PAGE_TOP_PX = 280;
/** A4 proportions (1:1.414) when the text is short; longer documents run on below the frame. */
export const PAGE_MIN_HEIGHT_PX = Math.round(PAGE_WIDTH_PX * 1.414);
export const PAGE_PADDING_PX = 64;
export const TITLE_FONT_SIZE_PX = 58;
export const TITLE_LINE_HEIGHT = 1.2;
/** Rule under the title: margin above + line + margin below. */
export const TITLE_RULE_BLOCK_PX = 30 + 3 + 36;
export const LINE_FONT_SIZE_PX = 46;
export const LINE_HEIGHT = 1.45;
export const LINE_GAP_PX = 22;
/** Playfair Display sets about 5 % narrower than the Inter-based estimate. */
const SERIF_WIDTH_FACTOR = 0.95;
/** The highlighted line is never drawn lower than this far above the bottom of the safe area before the push. */
const HIGHLIGHT_ABOVE_SAFE_BOTTOM_PX = 150;

export type DocumentLayout = {
  /** The sheet in canvas px, before any scroll. */
  readonly page: Rect;
  /** Canvas y of the middle of the highlighted line before any scroll (estimate). */
  readonly highlightCenterY: number;
  /** How far the page must move up to bring a low highlighted line into view (0 for most pages). */
  readonly scrollPx: number;
};

/** Where the page goes (centred on the safe area) and where its highlighted line lands, from estimated text wrapping. */
export const layoutDocument = (insert: DocumentInsert, safeArea: Rect): DocumentLayout => {
  const textWidthPx = PAGE_WIDTH_PX - 2 * PAGE_PADDING_PX;
  const linesOf = (text: string, fontSizePx: number) =>
    estimateLineCount({ text, widthPx: textWidthPx, fontSizePx, widthFactor: SERIF_WIDTH_FACTOR });
  const titleHeight = linesOf(insert.title, TITLE_FONT_SIZE_PX) * TITLE_FONT_SIZE_PX * TITLE_LINE_HEIGHT + TITLE_RULE_BLOCK_PX;
  const lineHeights = insert.lines.map((line) => linesOf(line, LINE_FONT_SIZE_PX) * LINE_FONT_SIZE_PX * LINE_HEIGHT);
  const index = Math.min(insert.highlightLine, insert.lines.length - 1);
  const above = lineHeights.slice(0, index).reduce((sum, h) => sum + h + LINE_GAP_PX, 0);
  const centerInPage = PAGE_PADDING_PX + titleHeight + above + (lineHeights[index] ?? 0) / 2;
  const contentHeight = PAGE_PADDING_PX * 2 + titleHeight + lineHeights.reduce((sum, h) => sum + h + LINE_GAP_PX, 0);
  const page = {
    x: safeArea.x + (safeArea.width - PAGE_WIDTH_PX) / 2,
    y: PAGE_TOP_PX,
    width: PAGE_WIDTH_PX,
    height: Math.max(PAGE_MIN_HEIGHT_PX, contentHeight),
  };
  const highlightCenterY = page.y + centerInPage;
  const highlightMaxY = safeArea.y + safeArea.height - HIGHLIGHT_ABOVE_SAFE_BOTTOM_PX;
  return { page, highlightCenterY, scrollPx: Math.max(0, highlightCenterY - highlightMaxY) };
};
