import { Easing, interpolate, random } from 'remotion';
import type { CameraMove } from '../../schema';

/** A camera offset applied to a panel's picture: translate in pixels, scale about the frame centre, roll in degrees. */
export type CameraTransform = { readonly xPx: number; readonly yPx: number; readonly scale: number; readonly rollDeg: number };

// Tuning: how far each move travels over a whole beat. Animatics read better with small moves;
// raise PUSH_SCALE for a more urgent push, PAN_PX for a wider pan.
const PUSH_SCALE = 0.12;
const PAN_PX = 90;
/** Pans are framed this much wider so the frame edge never shows. */
const PAN_OVERSCAN = 1.1;
const HANDHELD = { amplitudePx: 9, rollDeg: 0.35, overscan: 1.04, keyEveryFrames: 14 } as const;

const ease = Easing.inOut(Easing.cubic);

/** Smooth deterministic noise: random(seed) keys every few frames, eased between. */
const noise = (seed: string, frame: number): number => {
  const key = Math.floor(frame / HANDHELD.keyEveryFrames);
  const t = (frame % HANDHELD.keyEveryFrames) / HANDHELD.keyEveryFrames;
  const a = random(`${seed}-${key}`) * 2 - 1;
  const b = random(`${seed}-${key + 1}`) * 2 - 1;
  return a + (b - a) * ease(t);
};

/** Where an animatic camera is at a frame of its beat. Pure and deterministic (handheld uses Remotion's random). */
export const cameraAt = ({ move, frame, durationInFrames, seed }: { move: CameraMove; frame: number; durationInFrames: number; seed: string }): CameraTransform => {
  const progress = interpolate(frame, [0, Math.max(1, durationInFrames - 1)], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: ease });
  switch (move) {
    case 'static':
      return { xPx: 0, yPx: 0, scale: 1, rollDeg: 0 };
    case 'push-in':
      return { xPx: 0, yPx: 0, scale: 1 + PUSH_SCALE * progress, rollDeg: 0 };
    case 'pull-out':
      return { xPx: 0, yPx: 0, scale: 1 + PUSH_SCALE * (1 - progress), rollDeg: 0 };
    case 'pan-left':
      return { xPx: PAN_PX * (progress * 2 - 1), yPx: 0, scale: PAN_OVERSCAN, rollDeg: 0 };
    case 'pan-right':
      return { xPx: -PAN_PX * (progress * 2 - 1), yPx: 0, scale: PAN_OVERSCAN, rollDeg: 0 };
    case 'handheld':
      return {
        xPx: noise(`${seed}-x`, frame) * HANDHELD.amplitudePx,
        yPx: noise(`${seed}-y`, frame) * HANDHELD.amplitudePx,
        scale: HANDHELD.overscan,
        rollDeg: noise(`${seed}-r`, frame) * HANDHELD.rollDeg,
      };
    default:
      return move satisfies never;
  }
};

/** The CSS transform of a camera, with parallax: depth 1 moves fully, 0.5 (the set behind) moves half as much. */
export const cameraCss = (camera: CameraTransform, depth = 1): string =>
  `translate(${camera.xPx * depth}px, ${camera.yPx * depth}px) scale(${1 + (camera.scale - 1) * depth}) rotate(${camera.rollDeg * depth}deg)`;
