export type { Rect } from '../../safe-zones';

/** A point in canvas pixels. */
export type Point = { readonly x: number; readonly y: number };

/** Insert canvas: the episode's 1080x1920 frame. */
export const CANVAS_WIDTH_PX = 1080;
export const CANVAS_HEIGHT_PX = 1920;

// Where an insert's evidence goes is the episode's safe area (ResolvedEpisode.safeArea, from the
// series' target platforms): every insert takes it as `safeArea` and lays out inside it.
