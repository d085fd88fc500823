import { Easing, interpolate } from 'remotion';
import { TITLE_CARD_TIMING } from './title-card';

const clamp = { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' } as const;

// Tuning: the badge pops from BADGE_FROM_SCALE; the title wipes open from its centre a few frames
// later; on the way out everything sinks EXIT_DROP_PX while it fades.
const BADGE_FROM_SCALE = 0.6;
const TITLE_DELAY_FRAMES = 3;
const EXIT_DROP_PX = 18;

/** Where each part of the title card is, at a frame counted from the card's start. */
export const titleCardMotion = (frame: number) => {
  const { enterFrames, holdFrames, exitFrames } = TITLE_CARD_TIMING;
  const exitFrom = enterFrames + holdFrames;
  const out = interpolate(frame, [exitFrom, exitFrom + exitFrames], [0, 1], { ...clamp, easing: Easing.in(Easing.cubic) });
  return {
    badgeScale: interpolate(frame, [0, 6], [BADGE_FROM_SCALE, 1], { ...clamp, easing: Easing.out(Easing.back(2)) }),
    badgeOpacity: interpolate(frame, [0, 3], [0, 1], clamp),
    /** Share of the title shown, opening from its centre. */
    titleReveal: interpolate(frame, [TITLE_DELAY_FRAMES, enterFrames], [0, 1], { ...clamp, easing: Easing.out(Easing.cubic) }),
    rule: interpolate(frame, [TITLE_DELAY_FRAMES + 2, enterFrames + 4], [0, 1], { ...clamp, easing: Easing.out(Easing.cubic) }),
    opacity: 1 - out,
    dropPx: out * EXIT_DROP_PX,
  };
};
