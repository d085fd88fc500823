/**
 * Font stacks of in-universe objects. Phones draw their UI in a system sans whatever the series'
 * fonts are, so inserts use Inter (closest to SF Pro / Roboto) rather than style.fonts.
 */
export const PHONE_UI_FONT = "Inter, 'Helvetica Neue', Arial, sans-serif";
/** Printed documents: a book serif. */
export const PAPER_FONT = "'Playfair Display', Georgia, 'Times New Roman', serif";
/** Handwriting stand-in for photo captions (no script font ships with the project). */
export const HANDWRITING_FONT = "'Playfair Display', Georgia, serif";

/** Inter weights, limited to the faces src/style/fonts.ts ships (400, 600, 800) so none is synthesised. */
export const UI_WEIGHT = { regular: 400, semibold: 600, heavy: 800 } as const;
