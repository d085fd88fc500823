import { Easing, interpolate } from 'remotion';
import type { Rect } from '../safe-zones';

const clamp = { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' } as const;

// Tuning: the replay plays smaller (REPLAY_SCALE), framed and washed out (SATURATION, BRIGHTNESS), so
// it reads as memory rather than new footage and the label above it never covers the evidence.
// It settles from SETTLE_FROM_SCALE; the last FLASH_FRAMES flash white into the hook's slam.
export const RECAP_LOOK = { saturation: 0.35, brightness: 0.85, replayScale: 0.8, labelHeightPx: 200 } as const;
const SETTLE_FROM_SCALE = 0.86;
const SETTLE_FRAMES = 10;
const FLASH_FRAMES = 4;
const FLASH_OPACITY = 0.85;

/** Where the replayed reveal sits: scaled down under the label, centred across the canvas. */
export const recapReplayBox = (safeArea: Rect): Rect => {
  const width = Math.round(1080 * RECAP_LOOK.replayScale);
  const height = Math.round(1920 * RECAP_LOOK.replayScale);
  return { x: Math.round((1080 - width) / 2), y: safeArea.y + RECAP_LOOK.labelHeightPx, width, height };
};

/** Where each part of the recap is at a frame of it. The label is readable from frame 0 (a platform may take it as the cover). */
export const recapMotion = (frame: number, durationInFrames: number) => ({
  flash: interpolate(frame, [durationInFrames - FLASH_FRAMES, durationInFrames - 1], [0, FLASH_OPACITY], clamp),
  replayScale: interpolate(frame, [0, SETTLE_FRAMES], [SETTLE_FROM_SCALE / RECAP_LOOK.replayScale, 1], { ...clamp, easing: Easing.out(Easing.cubic) }),
  progress: interpolate(frame, [0, durationInFrames - 1], [0, 1], clamp),
});
