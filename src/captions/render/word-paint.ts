import type { CueWord } from '../types';
import type { ResolvedCaptionStyle } from './caption-style';

/** Whether a word is being spoken at a frame. */
export const isSpoken = (word: CueWord, frame: number): boolean => frame >= word.fromInFrames && frame < word.fromInFrames + word.durationInFrames;

/**
 * A word's colour: an emphasised word always in the emphasis colour (the reveal reads even in a glance), the spoken
 * word in the highlight colour (the speaker's, unless the style fixes one; `fallback` when the speaker is unknown),
 * the rest in the text colour.
 */
export const wordColor = ({ word, spoken, style, speakerColor, fallback }: { word: CueWord; spoken: boolean; style: ResolvedCaptionStyle; speakerColor: string | null; fallback: string }): string => {
  if (word.emphasis) return style.emphasisColor;
  if (spoken) return style.highlightColor ?? speakerColor ?? fallback;
  return style.textColor;
};
