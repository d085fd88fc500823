import { CHARACTERS_PER_SECOND, MIN_LINE_SECONDS, WORDS_PER_SECOND } from './constants';

/** Words in a line of text. */
export const countWords = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** Seconds a viewer needs to read (and an actor to say) a line. */
export const readingSeconds = (text: string): number =>
  Math.max(MIN_LINE_SECONDS, countWords(text) / WORDS_PER_SECOND, text.trim().length / CHARACTERS_PER_SECOND);

/** Seconds to frames, rounded up so nothing is cut short. */
export const secondsToFrames = (seconds: number, fps: number): number => Math.max(0, Math.ceil(seconds * fps - 1e-9));
