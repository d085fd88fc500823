/**
 * Frames left between two cues when an overlap is cut, and between the parts of a split line. Netflix asks for
 * at least 2 frames so the eye sees a new caption; raising it shortens the earlier cue.
 */
export const MIN_GAP_FRAMES = 2;

/** Characters per line a sidecar (SRT/WebVTT) wraps cues at: 32 is the usual limit for vertical phone captions. */
export const SIDECAR_CHARACTERS_PER_LINE = 32;

/**
 * Word timing inside a cue is spread by length: each word weighs its characters plus WORD_WEIGHT, and a word
 * ending a clause (, . ? ! …) weighs PAUSE_WEIGHT more, because speakers pause there. Raise PAUSE_WEIGHT if
 * highlights run ahead of the voice after commas.
 */
export const WORD_WEIGHT = 1;
export const PAUSE_WEIGHT = 2;
