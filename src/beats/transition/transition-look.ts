import { Easing, interpolate } from 'remotion';
import type { Transition } from '../../schema';

/** How an incoming beat looks during its first frames: the beat moved by xPx, under a veil of colour. */
export type TransitionLook = {
  readonly xPx: number;
  readonly veil: { readonly color: 'black' | 'white'; readonly opacity: number } | null;
  /** Speed streaks across the gap a whip leaves, 0 (none) to 1. */
  readonly streaks: number;
};

const NONE: TransitionLook = { xPx: 0, veil: null, streaks: 0 };
// Tuning: a whip enters from this far right (the full frame width reads as a camera whip).
const WHIP_FROM_PX = 1080;

/**
 * A transition plays inside the first frames of the incoming beat, so beats never overlap:
 * fade comes up from black, flash burns out of white, whip slides the beat in fast from the right.
 */
export const transitionLook = ({ kind, frame, durationInFrames }: { kind: Transition; frame: number; durationInFrames: number }): TransitionLook => {
  if (durationInFrames <= 0 || frame >= durationInFrames) return NONE;
  const t = Math.max(0, frame) / durationInFrames;
  switch (kind) {
    case 'cut':
      return NONE;
    case 'fade':
      return { xPx: 0, veil: { color: 'black', opacity: 1 - Easing.inOut(Easing.quad)(t) }, streaks: 0 };
    case 'flash':
      return { xPx: 0, veil: { color: 'white', opacity: interpolate(t, [0, 0.25, 1], [1, 0.85, 0], { easing: Easing.out(Easing.quad) }) }, streaks: 0 };
    case 'whip':
      return { xPx: WHIP_FROM_PX * (1 - Easing.out(Easing.cubic)(t)), veil: null, streaks: 1 - t };
    default:
      return kind satisfies never;
  }
};
