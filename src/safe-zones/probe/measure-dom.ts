import type { CriticalBox } from '../collisions';
import { CRITICAL_ATTRIBUTE, CRITICAL_BOX_ATTRIBUTE, CRITICAL_SETTLING_ATTRIBUTE, CRITICAL_SOURCE_ATTRIBUTE } from '../critical';
import { intersect, type Rect } from '../geometry';

// Tuning: an element fainter than this (its opacity times its ancestors') is not on screen yet.
const MIN_VISIBLE_OPACITY = 0.05;

const toRect = (r: DOMRect): Rect => ({ x: r.left, y: r.top, width: r.width, height: r.height });

/**
 * The box of an element's text: across, as wide as the glyphs run (overflowing words included);
 * down, its line boxes, since a font's ascent and descent reach past them without ink. An element
 * with no text, or that asks for it, gives its own box.
 */
const boxOf = (element: Element): Rect => {
  const own = element.getBoundingClientRect();
  if (!element.hasAttribute(CRITICAL_BOX_ATTRIBUTE)) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    if (text.width > 0 && text.height > 0) {
      const top = Math.max(text.top, own.top);
      const bottom = Math.min(text.bottom, own.bottom);
      return bottom > top ? { x: text.left, y: top, width: text.width, height: bottom - top } : toRect(text);
    }
  }
  return toRect(own);
};

/** The part of a box left visible by every clipping ancestor (overflow other than visible), or null. */
const visiblePart = (element: Element, rect: Rect, root: Element): Rect | null => {
  let visible: Rect | null = rect;
  let opacity = 1;
  for (let node: Element | null = element; node && visible; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return null;
    opacity *= Number(style.opacity);
    if (node !== element && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) visible = intersect(visible, toRect(node.getBoundingClientRect()));
    if (node === root) break;
  }
  return opacity < MIN_VISIBLE_OPACITY ? null : visible;
};

/**
 * Measures every settled, visible element marked critical under `root` (the 1080x1920 frame), in
 * canvas pixels: its text box, clipped to what its ancestors and the frame let show.
 */
export const measureCritical = (root: Element): CriticalBox[] => {
  const frame = toRect(root.getBoundingClientRect());
  const scale = frame.width / 1080;
  const boxes: CriticalBox[] = [];
  for (const element of root.querySelectorAll(`[${CRITICAL_ATTRIBUTE}]`)) {
    if (element.hasAttribute(CRITICAL_SETTLING_ATTRIBUTE)) continue;
    const shown = visiblePart(element, boxOf(element), root);
    const onFrame = shown ? intersect(shown, frame) : null;
    if (!onFrame) continue;
    const round = (v: number) => Math.round(v * 100) / 100;
    boxes.push({
      label: element.getAttribute(CRITICAL_ATTRIBUTE) ?? '',
      source: element.getAttribute(CRITICAL_SOURCE_ATTRIBUTE) ?? '',
      rect: {
        x: round((onFrame.x - frame.x) / scale),
        y: round((onFrame.y - frame.y) / scale),
        width: round(onFrame.width / scale),
        height: round(onFrame.height / scale),
      },
    });
  }
  return boxes;
};
