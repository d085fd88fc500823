import { CANVAS, centerOf, type Rect } from './geometry';

// Tuning: the square around a focal point (a face's centre) that must stay clear of platform UI.
// 200 px is a face in a medium shot on a 1080-wide frame; raise it for close-ups.
export const FACE_BOX_PX = 200;
// Tuning: how high faces sit when nothing moves them: eyes on the upper third, as FOCAL_ANCHOR in beats/media.
const FACE_HEIGHT_SHARE = 0.42;

/** The face-sized box around a point of the canvas. */
export const faceBox = (point: { x: number; y: number }): Rect => ({
  x: point.x - FACE_BOX_PX / 2,
  y: point.y - FACE_BOX_PX / 2,
  width: FACE_BOX_PX,
  height: FACE_BOX_PX,
});

/**
 * Where a picture's focal point should land, as fractions of the canvas: centred across the safe
 * area (not the canvas, which would put faces nearer the action column) and at 42 % of the height,
 * pulled inside the safe area by half a face.
 */
export const focalAnchorIn = (safeArea: Rect): { x: number; y: number } => {
  const half = FACE_BOX_PX / 2;
  const y = Math.min(Math.max(FACE_HEIGHT_SHARE * CANVAS.height, safeArea.y + half), safeArea.y + safeArea.height - half);
  return { x: centerOf(safeArea).x / CANVAS.width, y: y / CANVAS.height };
};
