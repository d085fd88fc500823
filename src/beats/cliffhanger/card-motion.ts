import { Easing, interpolate } from 'remotion';

// Tuning: the card sequence, in frames after the card starts. The picture freezes and sinks to
// DIM_OPACITY black while the accent rule wipes in, the title slams, then the teaser settles.
const DIM_FRAMES = 8;
const DIM_OPACITY = 0.62;
const RULE_FRAMES = 7;
const TITLE = { fromFrame: 3, frames: 7, fromScale: 1.25 } as const;
const TEASER = { fromFrame: 12, frames: 10, risePx: 24 } as const;
const PUNCH_SCALE = 0.05;

const clamp = { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' } as const;

/** Where each part of the end card is at a frame counted from the card's start (negative: not yet). */
export const cardMotion = (cardFrame: number) => ({
  /** Frames since the card started, for parts that move on their own clock (the next-episode pointer). */
  cardFrame,
  dim: interpolate(cardFrame, [0, DIM_FRAMES], [0, DIM_OPACITY], clamp),
  pictureScale: 1 + interpolate(cardFrame, [0, 60], [0, PUNCH_SCALE], { ...clamp, easing: Easing.out(Easing.cubic) }),
  rule: interpolate(cardFrame, [0, RULE_FRAMES], [0, 1], { ...clamp, easing: Easing.out(Easing.cubic) }),
  titleOpacity: interpolate(cardFrame, [TITLE.fromFrame, TITLE.fromFrame + 2], [0, 1], clamp),
  titleScale: interpolate(cardFrame, [TITLE.fromFrame, TITLE.fromFrame + TITLE.frames], [TITLE.fromScale, 1], { ...clamp, easing: Easing.in(Easing.quad) }),
  teaserOpacity: interpolate(cardFrame, [TEASER.fromFrame, TEASER.fromFrame + TEASER.frames], [0, 1], clamp),
  teaserRisePx: interpolate(cardFrame, [TEASER.fromFrame, TEASER.fromFrame + TEASER.frames], [TEASER.risePx, 0], { ...clamp, easing: Easing.out(Easing.cubic) }),
});
