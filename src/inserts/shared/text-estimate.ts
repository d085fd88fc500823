/**
 * Advance widths in em, measured roughly on Inter. Other fonts pass a `widthFactor`
 * (Playfair Display ≈ 0.95). Too small a table makes wrapped layouts overflow; too large leaves gaps.
 */
const NARROW_EM = 0.3;
const SPACE_EM = 0.28;
const WIDE_EM = 0.88;
const UPPER_EM = 0.7;
const DIGIT_EM = 0.62;
const LOWER_EM = 0.56;
const NARROW = new Set([...`ijlItf.,:;'’!|()[]"-`]);
const WIDE = new Set([...'mwMW@%']);

const charEm = (char: string): number => {
  if (char === ' ') return SPACE_EM;
  if (NARROW.has(char)) return NARROW_EM;
  if (WIDE.has(char)) return WIDE_EM;
  if (/[0-9]/.test(char)) return DIGIT_EM;
  if (char !== char.toLowerCase()) return UPPER_EM;
  return LOWER_EM;
};

/** Estimated width of a single line of text, in px. */
export const estimateTextWidthPx = ({ text, fontSizePx, widthFactor = 1 }: {
  text: string;
  fontSizePx: number;
  widthFactor?: number;
}): number => [...text].reduce((sum, char) => sum + charEm(char), 0) * fontSizePx * widthFactor;

/** How many lines a greedy word wrap gives `text` in a box `widthPx` wide (estimate, at least 1). */
export const estimateLineCount = ({ text, widthPx, fontSizePx, widthFactor = 1 }: {
  text: string;
  widthPx: number;
  fontSizePx: number;
  widthFactor?: number;
}): number => {
  const measure = (t: string) => estimateTextWidthPx({ text: t, fontSizePx, widthFactor });
  const space = measure(' ');
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const w = measure(word);
    if (used > 0 && used + space + w <= widthPx) {
      used += space + w;
      continue;
    }
    if (used > 0) lines += 1;
    // A word wider than the box breaks across lines (overflow-wrap: anywhere).
    lines += Math.max(0, Math.ceil(w / widthPx) - 1);
    used = w % widthPx || Math.min(w, widthPx);
  }
  return lines;
};
