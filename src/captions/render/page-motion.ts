import type { CaptionAnimation } from '../../schema';

// Tuning: a page settles over ENTER_FRAMES, from POP_SCALE (pop) or RISE_PX lower (rise). Every animation shows the
// whole page from its first frame, so a cue is visible on exactly its frames. Words never scale on their own: a
// growing word would eat the space beside it (the outline already takes part of it).
export const ENTER_FRAMES = 5;
const POP_SCALE = 0.86;
const RISE_PX = 18;

const easeOut = (t: number): number => 1 - (1 - t) ** 3;

/** A page's transform `framesIn` frames after it appeared. */
export const pageMotion = ({ animation, framesIn }: { animation: CaptionAnimation; framesIn: number }): { scale: number; translateYPx: number } => {
  const t = easeOut(Math.min(1, Math.max(0, framesIn / ENTER_FRAMES)));
  if (animation === 'pop') return { scale: POP_SCALE + (1 - POP_SCALE) * t, translateYPx: 0 };
  if (animation === 'rise') return { scale: 1, translateYPx: RISE_PX * (1 - t) };
  return { scale: 1, translateYPx: 0 };
};
