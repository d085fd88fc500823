/** A rectangle in canvas pixels. */
export type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** A point in canvas pixels. */
export type Point = { readonly x: number; readonly y: number };

/** Insert canvas: the episode's 1080x1920 frame. */
export const CANVAS_WIDTH_PX = 1080;
export const CANVAS_HEIGHT_PX = 1920;

/**
 * Where an insert's evidence must sit: inside x 90–900 and y 250–1450. Platform UI covers the top
 * ~250 px, the bottom ~460 px and an action column at x ≥ 900 (TikTok, Reels, Shorts; see
 * /work/shared/reference/platforms.md, 2024–2026). Widen only if every target platform allows it.
 */
export const INSERT_SAFE_RECT: Rect = { x: 90, y: 250, width: 810, height: 1200 };

/** Centre of the safe rect: where a camera push brings the clue. */
export const SAFE_CENTER: Point = {
  x: INSERT_SAFE_RECT.x + INSERT_SAFE_RECT.width / 2,
  y: INSERT_SAFE_RECT.y + INSERT_SAFE_RECT.height / 2,
};
