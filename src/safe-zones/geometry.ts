/** A rectangle in canvas pixels: x, y of its top-left corner, then its size. */
export type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** How much two rectangles overlap, in pixels. */
export type Overlap = { readonly widthPx: number; readonly heightPx: number; readonly areaPx: number };

/** The episode canvas, 1080x1920, as a rectangle. */
export const CANVAS: Rect = { x: 0, y: 0, width: 1080, height: 1920 };

/** The right edge (x + width) of a rectangle. */
export const rightOf = (rect: Rect): number => rect.x + rect.width;

/** The bottom edge (y + height) of a rectangle. */
export const bottomOf = (rect: Rect): number => rect.y + rect.height;

/** A rectangle from its four edges; an inverted one collapses to zero size at its start. */
export const rectFromEdges = ({ left, top, right, bottom }: { left: number; top: number; right: number; bottom: number }): Rect => ({
  x: left,
  y: top,
  width: Math.max(0, right - left),
  height: Math.max(0, bottom - top),
});

/** The common part of two rectangles, or null when they share no area. Edges that only touch share no area. */
export const intersect = (a: Rect, b: Rect): Rect | null => {
  const left = Math.max(a.x, b.x);
  const top = Math.max(a.y, b.y);
  const right = Math.min(rightOf(a), rightOf(b));
  const bottom = Math.min(bottomOf(a), bottomOf(b));
  return right > left && bottom > top ? rectFromEdges({ left, top, right, bottom }) : null;
};

/** How far two rectangles overlap (width, height and area in pixels), or null when they do not. */
export const overlapOf = (a: Rect, b: Rect): Overlap | null => {
  const common = intersect(a, b);
  return common ? { widthPx: common.width, heightPx: common.height, areaPx: common.width * common.height } : null;
};

/** Whether `inner` lies wholly inside `outer` (touching edges count as inside). */
export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && rightOf(inner) <= rightOf(outer) && bottomOf(inner) <= bottomOf(outer);

/** The centre of a rectangle. */
export const centerOf = (rect: Rect): { x: number; y: number } => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
