import { splitWords } from './words';

/** A word as captions compare it: lower case, curly quotes made straight, punctuation around it dropped. */
export const normalizeWord = (word: string): string =>
  word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Where a word or phrase occurs in a list of words, compared word by word with normalizeWord: the index of its
 * first word at or after `from`, and the number of words it spans; null when it does not occur.
 */
export const findPhrase = ({ words, phrase, from = 0 }: { words: readonly string[]; phrase: string; from?: number }): { index: number; length: number } | null => {
  const wanted = splitWords(phrase).map(normalizeWord);
  if (wanted.length === 0 || wanted.every((w) => w === '')) return null;
  const have = words.map(normalizeWord);
  for (let i = Math.max(0, from); i + wanted.length <= have.length; i++) {
    if (wanted.every((w, k) => have[i + k] === w)) return { index: i, length: wanted.length };
  }
  return null;
};

/** Which words of a list a phrase covers (its first occurrence), as flags; all false when it does not occur. */
export const phraseFlags = (words: readonly string[], phrase: string | undefined): boolean[] => {
  const found = phrase === undefined ? null : findPhrase({ words, phrase });
  return words.map((_, i) => found !== null && i >= found.index && i < found.index + found.length);
};
