import { createTikTokStyleCaptions, type Caption } from '@remotion/captions';
import { bestBreak } from './export/wrap';
import { frameToMs } from './time';
import type { CaptionCue, CueWord } from './types';

// A page starts only where a phrase starts: after , . ? ! ; : … or a dash, so pages never cut "your | files".
const PHRASE_END = /[,.;:?!…—]["'”’)]*$/;
// Tuning: a page that must be halved is cut at a phrase end whose longer side has at most this share of the text.
const HALVE_WINDOW = 0.65;

/** What is on screen during part of a cue: some of its words. Frames count from the start of the episode. */
export type CaptionPage = { readonly fromInFrames: number; readonly durationInFrames: number; readonly words: readonly CueWord[] };

/** A page's text, words joined by single spaces. */
export const pageText = (words: readonly CueWord[]): string => words.map((w) => w.text).join(' ');

/** Halves a page's words at the best break bestBreak finds (a sentence or clause end near the middle, else the middle). */
const halve = (words: readonly CueWord[]): [CueWord[], CueWord[]] => {
  const texts = words.map((w) => w.text);
  const at = bestBreak(texts, Math.ceil(pageText(words).length * HALVE_WINDOW));
  return [words.slice(0, at), words.slice(at)];
};

/** Splits word groups that do not fit (two lines at the smallest font) until they do, or are one word. */
const fitGroups = (groups: readonly CueWord[][], fits: (text: string) => boolean): CueWord[][] =>
  groups.flatMap((group) => (group.length < 2 || fits(pageText(group)) ? [group] : fitGroups(halve(group), fits)));

/**
 * A cue's pages, TikTok style: createTikTokStyleCaptions groups the words spoken within `pageMs`; a group that does
 * not `fit` is halved at its best break until it does. createTikTokStyleCaptions only starts a page at a token whose
 * text begins with a space (remotion issues 4555, 10476): only the first word of a phrase gets one, so a page can only
 * start there. (Its page text is never shown; words are mapped back by count.) A page stays until the next page of its
 * cue, the last until the cue ends, so the pages of a cue cover exactly its frames.
 */
export const cuePages = ({ cue, fps, pageMs, fits = () => true }: { cue: CaptionCue; fps: number; pageMs: number; fits?: (text: string) => boolean }): CaptionPage[] => {
  const captions = cue.words.map((word, i): Caption => {
    const startMs = frameToMs(word.fromInFrames, fps);
    const phraseStart = i > 0 && PHRASE_END.test(cue.words[i - 1]?.text ?? '');
    return { text: phraseStart ? ` ${word.text}` : word.text, startMs, endMs: frameToMs(word.fromInFrames + word.durationInFrames, fps), timestampMs: startMs, confidence: null };
  });
  const { pages } = createTikTokStyleCaptions({ captions, combineTokensWithinMilliseconds: pageMs });
  let next = 0;
  const groups = pages.map((page) => cue.words.slice(next, (next += page.tokens.length)));
  const fitted = fitGroups(groups, fits);
  const cueEnd = cue.fromInFrames + cue.durationInFrames;
  return fitted.map((words, i) => {
    const fromInFrames = i === 0 ? cue.fromInFrames : (words[0]?.fromInFrames ?? cueEnd);
    const until = fitted[i + 1]?.[0]?.fromInFrames ?? cueEnd;
    return { fromInFrames, durationInFrames: until - fromInFrames, words };
  });
};

/** The page on screen at a frame, or null. */
export const pageAt = (pages: readonly CaptionPage[], frame: number): CaptionPage | null =>
  pages.find((p) => frame >= p.fromInFrames && frame < p.fromInFrames + p.durationInFrames) ?? null;

/** The cue on screen at a frame (cues never overlap), or null. */
export const cueAt = (cues: readonly CaptionCue[], frame: number): CaptionCue | null => {
  let low = 0;
  let high = cues.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const cue = cues[mid];
    if (!cue) break;
    if (frame < cue.fromInFrames) high = mid - 1;
    else if (frame >= cue.fromInFrames + cue.durationInFrames) low = mid + 1;
    else return cue;
  }
  return null;
};
