/** The data attribute that marks an element `cliffhanger check` measures; its value names the element in the report. */
export const CRITICAL_ATTRIBUTE = 'data-critical';
/** The field the element comes from, e.g. `episode.beats[2].dialogue[0]`. */
export const CRITICAL_SOURCE_ATTRIBUTE = 'data-critical-source';
/** Present while the element is still animating in (a slam, a pop): its box is not final, so it is not measured. */
export const CRITICAL_SETTLING_ATTRIBUTE = 'data-critical-settling';
/** Present when the element's own box counts (a picture, a face) rather than the box of the text inside it. */
export const CRITICAL_BOX_ATTRIBUTE = 'data-critical-box';

/** Longest text quoted in an element's label before it is cut with an ellipsis. */
const MAX_QUOTE_CHARS = 32;

/** An element's text as the report quotes it: one line, cut to MAX_QUOTE_CHARS. */
export const quote = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return `"${line.length > MAX_QUOTE_CHARS ? `${line.slice(0, MAX_QUOTE_CHARS - 1)}…` : line}"`;
};

/**
 * Spread onto an element that must stay clear of platform UI: a caption, a title, clue text, a face.
 * `cliffhanger check` measures its text (its own box with measure 'box', or when it has no text) on sampled frames.
 */
export const critical = ({ label, source, settling = false, measure = 'text' }: {
  label: string;
  source: string;
  settling?: boolean;
  measure?: 'text' | 'box';
}): Record<string, string> => ({
  [CRITICAL_ATTRIBUTE]: label,
  [CRITICAL_SOURCE_ATTRIBUTE]: source,
  ...(settling ? { [CRITICAL_SETTLING_ATTRIBUTE]: '' } : {}),
  ...(measure === 'box' ? { [CRITICAL_BOX_ATTRIBUTE]: '' } : {}),
});
