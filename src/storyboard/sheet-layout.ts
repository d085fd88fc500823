/** A box of notes beside a still: its size and the body type size it was designed for. */
export type NotesBox = { readonly widthMm: number; readonly heightMm: number; readonly fontPt: number };

/** A rectangle in millimetres. */
export type SizeMm = { readonly widthMm: number; readonly heightMm: number };

// Tuning: the printed sheet, A4 portrait. COLUMNS x ROWS panels a page; each panel is a 9:16 still with its
// notes to the right. More rows shrink the stills; BODY_PT below 7 stops being comfortable to read on paper.
export const PRINT = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  marginXMm: 12,
  marginTopMm: 11,
  marginBottomMm: 9,
  headerMm: 22,
  footerMm: 6,
  columns: 2,
  rows: 3,
  gapMm: 5,
  paddingMm: 2.5,
  /** Space between the still and its notes. */
  gutterMm: 3.5,
  bodyPt: 7.5,
} as const;

// Tuning: the phone sheet, one panel a row, drawn at PHONE.widthPx CSS pixels and captured at deviceScale, so the
// PNG is 1080 px wide like the episode itself. bodyPx 17 reads as ~12 pt on a phone showing the image full width.
export const PHONE = { widthPx: 540, deviceScale: 2, paddingPx: 16, stillWidthPx: 186, gutterPx: 14, bodyPx: 17 } as const;

/** Aspect of an episode frame (9:16). */
export const STILL_ASPECT = 9 / 16;

/** Panels on one printed page. */
export const PANELS_PER_PAGE = PRINT.columns * PRINT.rows;

/** The printed panel, its still and its notes box, derived from PRINT. Pure. */
export const printGeometry = (): { panel: SizeMm; still: SizeMm; notes: NotesBox } => {
  const contentWidth = PRINT.pageWidthMm - 2 * PRINT.marginXMm;
  const contentHeight = PRINT.pageHeightMm - PRINT.marginTopMm - PRINT.marginBottomMm - PRINT.headerMm - PRINT.footerMm;
  const panel = {
    widthMm: (contentWidth - (PRINT.columns - 1) * PRINT.gapMm) / PRINT.columns,
    heightMm: (contentHeight - (PRINT.rows - 1) * PRINT.gapMm) / PRINT.rows,
  };
  const stillHeight = panel.heightMm - 2 * PRINT.paddingMm;
  const still = { widthMm: stillHeight * STILL_ASPECT, heightMm: stillHeight };
  const notes = { widthMm: panel.widthMm - 2 * PRINT.paddingMm - still.widthMm - PRINT.gutterMm, heightMm: stillHeight, fontPt: PRINT.bodyPt };
  return { panel, still, notes };
};
