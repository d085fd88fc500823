import { Easing, interpolate } from 'remotion';
import type { ResolvedEpisode } from '../timeline';
import { fillTemplate, packagingOf, switchesOf } from './settings';

/** What the end card points at ("Part 4"), or null on the finale or when the series or the episode turns it off. */
export const nextPointerOf = (episode: Pick<ResolvedEpisode, 'series' | 'episode'>): string | null =>
  switchesOf(episode).nextPointer ? fillTemplate(packagingOf(episode.series).nextPointer.text, { number: episode.episode.number + 1 }) : null;

// Tuning (frames after the end card starts): the pointer arrives after the teaser has settled
// (frame ~22), then its arrow nudges towards the next episode every NUDGE_PERIOD frames, the
// gesture of a swipe. Larger NUDGE_PX is pushier.
const ENTER = { fromFrame: 20, frames: 8, risePx: 20 } as const;
const NUDGE_PERIOD = 24;
const NUDGE_PX = 10;

const clamp = { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' } as const;

/** Where the pointer is at a frame counted from the end card's start. */
export const nextPointerMotion = (cardFrame: number) => {
  const settled = cardFrame - ENTER.fromFrame - ENTER.frames;
  const phase = settled < 0 ? 0 : (settled % NUDGE_PERIOD) / NUDGE_PERIOD;
  return {
    opacity: interpolate(cardFrame, [ENTER.fromFrame, ENTER.fromFrame + ENTER.frames], [0, 1], clamp),
    risePx: interpolate(cardFrame, [ENTER.fromFrame, ENTER.fromFrame + ENTER.frames], [ENTER.risePx, 0], { ...clamp, easing: Easing.out(Easing.cubic) }),
    arrowPx: Math.sin(phase * Math.PI) * NUDGE_PX,
  };
};
