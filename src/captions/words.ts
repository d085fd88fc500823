import { PAUSE_WEIGHT, WORD_WEIGHT } from './constants';
import type { CueWord } from './types';

/** The words of a text, split on any whitespace (line breaks included). */
export const splitWords = (text: string): string[] => text.split(/\s+/).filter(Boolean);

const weightOf = (word: string): number => word.length + WORD_WEIGHT + (/[,.;:?!…—]["'”’)]*$/.test(word) ? PAUSE_WEIGHT : 0);

/**
 * Spreads a cue's frames over its words by length. Word boundaries are rounded from the cumulative weight, so the
 * words exactly fill the cue, in order, without gaps; a word can get 0 frames only when a cue has more words than frames.
 */
export const timeWords = ({
  words,
  fromInFrames,
  durationInFrames,
  emphasis = [],
}: {
  words: readonly string[];
  fromInFrames: number;
  durationInFrames: number;
  /** Whether each word is emphasised; missing entries are not. */
  emphasis?: readonly boolean[];
}): CueWord[] => {
  const weights = words.map(weightOf);
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let start = fromInFrames;
  return words.map((text, i) => {
    cumulative += weights[i] ?? 0;
    const end = fromInFrames + Math.round((durationInFrames * cumulative) / Math.max(1, total));
    const word: CueWord = { text, fromInFrames: start, durationInFrames: end - start, emphasis: emphasis[i] ?? false };
    start = end;
    return word;
  });
};
