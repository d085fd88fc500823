import type { Media } from '../../schema';

// Tuning: a still drifts this much larger over its beat (a slow push-in so it never looks frozen).
const STILL_PUSH_SCALE = 0.06;

/** CSS object-position (and transform origin) that keeps the focal point, usually a face, in frame. */
export const focalPosition = (media: Media): string => `${media.focalPoint.x * 100}% ${media.focalPoint.y * 100}%`;

/** The scale of a still at a frame of its beat: 1 at the cut, STILL_PUSH_SCALE larger at the end. */
export const stillScale = (frame: number, durationInFrames: number): number =>
  1 + STILL_PUSH_SCALE * Math.min(1, Math.max(0, frame / Math.max(1, durationInFrames - 1)));

/** A clip's trim in frames, as @remotion/media's Video takes it. */
export const clipTrim = (media: Media, fps: number): { trimBefore: number | undefined; trimAfter: number | undefined } => ({
  trimBefore: media.trimStartInSeconds > 0 ? Math.round(media.trimStartInSeconds * fps) : undefined,
  trimAfter: media.trimEndInSeconds === undefined ? undefined : Math.round(media.trimEndInSeconds * fps),
});
