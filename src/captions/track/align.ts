import { normalizeWord } from '../phrase';
import { splitWords } from '../words';
import { commonSubsequence } from './lcs';

/** A dialogue line of the script, as alignment sees it. */
export type ScriptLine = { readonly beatIndex: number; readonly lineIndex: number; readonly speakerId: string; readonly text: string };

/** Which script line each word of each imported cue says (-1: none), and which lines the cues do not say exactly. */
export type Alignment = {
  /** Per cue, per word: an index into the script lines, or -1. */
  readonly wordLines: readonly (readonly number[])[];
  /** Per cue: the script line most of its words belong to, or -1 when none of them are in the script. */
  readonly cueLines: readonly number[];
  /** Per script line: true when the cues say exactly its words. */
  readonly exact: readonly boolean[];
};

/** The nearest assigned value before (else after) each -1, inside one cue. */
const fillGaps = (lines: readonly number[]): number[] =>
  lines.map((line, i) => {
    if (line !== -1) return line;
    const before = lines.slice(0, i).reverse().find((l) => l !== -1);
    return before ?? lines.slice(i + 1).find((l) => l !== -1) ?? -1;
  });

const majority = (lines: readonly number[]): number => {
  const counts = new Map<number, number>();
  for (const line of lines) if (line !== -1) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].reduce((best, [line, n]) => (n > (counts.get(best) ?? 0) ? line : best), -1);
};

/**
 * Matches imported cues to the script word by word (a longest common subsequence of normalised words), so a file cut
 * into different cues than the script's lines still finds each line. Words a cue adds go to the line around them.
 */
export const alignCues = ({ cues, lines }: { cues: readonly { text: string }[]; lines: readonly ScriptLine[] }): Alignment => {
  const scriptWords = lines.flatMap((line, l) => splitWords(line.text).map((word) => ({ l, word: normalizeWord(word) })));
  const cueWords = cues.flatMap((cue, c) => splitWords(cue.text).map((word) => ({ c, word: normalizeWord(word) })));
  const pairs = commonSubsequence(scriptWords.map((w) => w.word), cueWords.map((w) => w.word));
  const matched = new Map(pairs.map(([s, k]) => [k, scriptWords[s]?.l ?? -1]));
  const raw = cues.map(() => [] as number[]);
  cueWords.forEach((w, k) => raw[w.c]?.push(matched.get(k) ?? -1));
  const wordLines = raw.map(fillGaps);
  const matchedPerLine = lines.map(() => 0);
  for (const [s] of pairs) {
    const l = scriptWords[s]?.l;
    if (l !== undefined) matchedPerLine[l] = (matchedPerLine[l] ?? 0) + 1;
  }
  const extraPerLine = lines.map(() => 0);
  raw.forEach((cue, c) =>
    cue.forEach((line, k) => {
      const filled = wordLines[c]?.[k] ?? -1;
      if (line === -1 && filled !== -1) extraPerLine[filled] = (extraPerLine[filled] ?? 0) + 1;
    }),
  );
  const exact = lines.map((line, l) => matchedPerLine[l] === splitWords(line.text).length && extraPerLine[l] === 0);
  return { wordLines, cueLines: wordLines.map(majority), exact };
};
