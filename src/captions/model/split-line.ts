import { findPhrase } from '../phrase';

/** Word ranges [start, end) of the parts of a line, or the first splitAfter entry that cannot be used, and why. */
export type SplitResult =
  | { readonly ranges: readonly (readonly [number, number])[] }
  | { readonly badIndex: number; readonly reason: 'not-found' | 'last-word' };

/** Cuts a line's words after each splitAfter word or phrase, searched in order after the previous cut. */
export const splitRanges = (words: readonly string[], splitAfter: readonly string[] = []): SplitResult => {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const [i, phrase] of splitAfter.entries()) {
    const found = findPhrase({ words, phrase, from: start });
    if (!found) return { badIndex: i, reason: 'not-found' };
    const end = found.index + found.length;
    if (end >= words.length) return { badIndex: i, reason: 'last-word' };
    ranges.push([start, end]);
    start = end;
  }
  ranges.push([start, words.length]);
  return { ranges };
};

/**
 * Shares a line's frames among its parts by characters, with `gapInFrames` between parts. Returns each part's
 * start (relative to the line) and length; a part gets at least one frame while frames last.
 */
export const partFrames = ({ lengths, durationInFrames, gapInFrames }: { lengths: readonly number[]; durationInFrames: number; gapInFrames: number }): { from: number; duration: number }[] => {
  const available = Math.max(lengths.length, durationInFrames - gapInFrames * (lengths.length - 1));
  const total = lengths.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let start = 0;
  return lengths.map((length, i) => {
    cumulative += length;
    const end = Math.max(start + 1, Math.round((available * cumulative) / Math.max(1, total)));
    const part = { from: start + i * gapInFrames, duration: end - start };
    start = end;
    return part;
  });
};
