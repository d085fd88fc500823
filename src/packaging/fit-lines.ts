/** Text broken into lines at a font size. */
export type FittedText = { readonly fontPx: number; readonly lines: readonly string[] };

/** Greedy word wrap with a mean glyph width: the lines a text takes at a size (a word longer than the width gets a line of its own). */
export const wrapWords = ({ text, widthPx, fontPx, advanceEm }: { text: string; widthPx: number; fontPx: number; advanceEm: number }): string[] => {
  const perLine = Math.max(1, Math.floor(widthPx / (fontPx * advanceEm)));
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
};

/**
 * The largest size from `maxPx` down to `minPx` (in steps of 2 px) at which a text fits `maxLines` lines with
 * every word inside the width; at `minPx` it takes what it needs. Estimated without a browser, so the
 * layout is known in Node (tests, covers) and the component draws the lines as given.
 */
export const fitLines = (input: { text: string; widthPx: number; maxLines: number; advanceEm: number; minPx: number; maxPx: number }): FittedText => {
  const { text, widthPx, maxLines, advanceEm, minPx, maxPx } = input;
  const longest = Math.max(1, ...text.split(/\s+/).map((w) => w.length));
  for (let fontPx = maxPx; fontPx > minPx; fontPx -= 2) {
    const lines = wrapWords({ text, widthPx, fontPx, advanceEm });
    if (lines.length <= maxLines && longest * fontPx * advanceEm <= widthPx) return { fontPx, lines };
  }
  return { fontPx: minPx, lines: wrapWords({ text, widthPx, fontPx: minPx, advanceEm }) };
};
