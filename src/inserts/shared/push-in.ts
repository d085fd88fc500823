import type { Point } from './geometry';

/**
 * A camera push as a CSS transform (use with transform-origin 0 0): scales by up to `maxScale` and
 * carries `focus` `progress` of the way to `target`, so the clue ends up large and in the safe area.
 */
export const pushInTransform = ({ focus, target, progress, maxScale }: {
  focus: Point;
  target: Point;
  progress: number;
  maxScale: number;
}): string => {
  const scale = 1 + (maxScale - 1) * progress;
  const x = focus.x + (target.x - focus.x) * progress - scale * focus.x;
  const y = focus.y + (target.y - focus.y) * progress - scale * focus.y;
  return `translate(${x.toFixed(2)}px, ${y.toFixed(2)}px) scale(${scale.toFixed(4)})`;
};

/**
 * Progress of a camera that drifts slowly while the eye scans (up to `scanShare` by `fromInFrames`)
 * and then pushes in on the clue over `pushFrames` with an ease-in-out.
 */
export const scanThenPushProgress = ({ frame, fromInFrames, pushFrames, scanShare }: {
  frame: number;
  fromInFrames: number;
  pushFrames: number;
  scanShare: number;
}): number => {
  const clamp01 = (t: number) => Math.min(1, Math.max(0, t));
  const scan = fromInFrames <= 0 ? 1 : clamp01(frame / fromInFrames);
  const t = clamp01((frame - fromInFrames) / pushFrames);
  const eased = t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2;
  return scanShare * scan + (1 - scanShare) * eased;
};

/** Share of the lead-in before the clue that a scroll toward it waits, then takes (the rest is reading time). */
const SCROLL_WAIT_SHARE = 0.2;
const SCROLL_SHARE = 0.6;

/** 0–1 progress of scrolling down to a clue before it is highlighted at `fromInFrames` (ease-in-out). */
export const scrollToClueProgress = ({ frame, fromInFrames }: { frame: number; fromInFrames: number }): number => {
  if (fromInFrames <= 0) return 1;
  const t = Math.min(1, Math.max(0, (frame / fromInFrames - SCROLL_WAIT_SHARE) / SCROLL_SHARE));
  return t * t * (3 - 2 * t);
};
