import type { CameraMove, Media } from '../../schema';

// Tuning: a still drifts this much larger (or smaller, on a pull-out) over its beat, so it never looks frozen.
// 0.04–0.08 reads as a slow dolly; more starts to feel like a zoom.
const STILL_PUSH = 0.06;
// Tuning: where the focal point lands when the picture is larger than the frame: centred across, a little above the
// middle (eyes on the upper third, clear of captions and of the platform buttons at the bottom).
export const FOCAL_ANCHOR = { x: 0.5, y: 0.42 } as const;

/** A picture's rectangle on the frame, in pixels; it may reach past the frame's edges (cropped). */
export type PictureRect = { readonly left: number; readonly top: number; readonly width: number; readonly height: number };

type Size = { readonly width: number; readonly height: number };

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/**
 * One axis: a picture smaller than the frame (contain) is centred on the anchor, so a letterboxed 16:9 clip sits above
 * the captions; a larger one puts its focal point on the anchor without ever showing an edge.
 */
const offset = ({ size, frame, focal, anchor }: { size: number; frame: number; focal: number; anchor: number }): number =>
  size <= frame ? clamp(anchor * frame - size / 2, 0, frame - size) : clamp(anchor * frame - focal * size, frame - size, 0);

/**
 * Places a picture of any aspect ratio on the frame: `cover` fills it (a 16:9 clip is cropped to its focal point),
 * `contain` shows all of it; `zoom` above 1 pushes in around the focal point. `anchor` is where the focal point lands
 * (fractions of the frame; focalAnchorIn(safeArea) keeps faces inside the target platforms' safe area).
 */
export const placePicture = ({ media, frame, fit, focalPoint, zoom = 1, anchor = FOCAL_ANCHOR }: { media: Size; frame: Size; fit: Media['fit']; focalPoint: Media['focalPoint']; zoom?: number; anchor?: { x: number; y: number } }): PictureRect => {
  const fill = fit === 'cover' ? Math.max(frame.width / media.width, frame.height / media.height) : Math.min(frame.width / media.width, frame.height / media.height);
  const width = media.width * fill * zoom;
  const height = media.height * fill * zoom;
  return {
    left: offset({ size: width, frame: frame.width, focal: focalPoint.x, anchor: anchor.x }),
    top: offset({ size: height, frame: frame.height, focal: focalPoint.y, anchor: anchor.y }),
    width,
    height,
  };
};

/** A still's zoom at a frame of its beat: a slow push-in from the cut, or a pull-out when the shot asks for one. */
export const stillZoom = ({ frame, durationInFrames, camera }: { frame: number; durationInFrames: number; camera: CameraMove }): number => {
  const progress = clamp(frame / Math.max(1, durationInFrames - 1), 0, 1);
  return 1 + STILL_PUSH * (camera === 'pull-out' ? 1 - progress : progress);
};

/** A clip's trim in frames of the clip, as @remotion/media's Video takes it. */
export const clipTrim = (media: Media, fps: number): { trimBefore: number | undefined; trimAfter: number | undefined } => ({
  trimBefore: media.trimStartInSeconds > 0 ? Math.round(media.trimStartInSeconds * fps) : undefined,
  trimAfter: media.trimEndInSeconds === undefined ? undefined : Math.round(media.trimEndInSeconds * fps),
});

/**
 * Whether a placed picture leaves part of the frame bare (a `contain` letterbox): the bars are then filled with a
 * blurred, darkened copy of the picture, as editors do for vertical video, instead of a flat colour. Half a pixel of
 * slack absorbs rounding.
 */
export const leavesBars = (rect: PictureRect, frame: { readonly width: number; readonly height: number }): boolean =>
  rect.left > 0.5 || rect.top > 0.5 || rect.left + rect.width < frame.width - 0.5 || rect.top + rect.height < frame.height - 0.5;

/**
 * A clip's rectangle on whole pixels (edges rounded, so a picture that covers the frame still covers it): a clip is
 * drawn at these exact bounds by Chromium and by ffmpeg alike (src/render/layers), never scaled at a fraction of a
 * pixel one way and not the other. Less than half a pixel from placePicture's rectangle.
 */
export const pixelRect = (rect: PictureRect): PictureRect => {
  const left = Math.round(rect.left);
  const top = Math.round(rect.top);
  return { left, top, width: Math.round(rect.left + rect.width) - left, height: Math.round(rect.top + rect.height) - top };
};
