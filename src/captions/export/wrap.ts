import { splitWords } from '../words';

const greedy = (words: readonly string[], max: number): string[] => {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
};

const SENTENCE_END = /[.?!…]["'”’)]*$/;
const CLAUSE_END = /[,;:—]["'”’)]*$/;

/** How good a line break after a word is: 2 after a sentence, 1 after a clause (a comma, a dash), 0 inside one. */
export const breakRank = (word: string): number => (SENTENCE_END.test(word) ? 2 : CLAUSE_END.test(word) ? 1 : 0);

/**
 * Where to break words into two parts (the index of the first word of the second): after a sentence, else after a
 * clause (a comma, a dash), when both parts fit `max` characters; then as even as possible; ties keep the first part shorter, the "pyramid"
 * subtitlers prefer. Also where lint suggests splitting a cue.
 */
export const bestBreak = (words: readonly string[], max: number): number => {
  const candidates = words.slice(1).map((_, k) => {
    const top = words.slice(0, k + 1).join(' ');
    const bottom = words.slice(k + 1).join(' ');
    return { at: k + 1, longest: Math.max(top.length, bottom.length), rank: breakRank(top), top: top.length };
  });
  const fitting = candidates.filter((c) => c.longest <= max);
  const bestRank = Math.max(0, ...fitting.map((c) => c.rank));
  const pool = fitting.length > 0 ? fitting.filter((c) => c.rank === bestRank) : candidates;
  return pool.reduce((a, b) => (b.longest < a.longest || (b.longest === a.longest && b.top < a.top) ? b : a), { at: 1, longest: Infinity, rank: 0, top: 0 }).at;
};

/**
 * A cue's lines as a subtitle file shows them: the author's own line breaks when the cue has any, otherwise the text
 * wrapped at `maxCharacters` (a word longer than that keeps a line of its own), two lines balanced.
 */
export const cueLines = (text: string, maxCharacters: number): string[] => {
  if (text.includes('\n')) return text.split('\n');
  const words = splitWords(text);
  const lines = greedy(words, maxCharacters);
  if (lines.length !== 2) return lines;
  const at = bestBreak(words, maxCharacters);
  return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
};
