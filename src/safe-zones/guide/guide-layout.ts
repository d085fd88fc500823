import type { Platform } from '../../schema/vocabulary';
import { CANVAS, bottomOf, rightOf, type Rect } from '../geometry';
import { regionsOf, type PlatformZones } from '../zones';

// Tuning: the guide is read in the Studio's scaled-down preview (about a third of full size), so
// tags are large; each platform's tags sit TAG_STEP_PX further right so coinciding edges stay legible.
/** Height of a text tag; the component draws tags this tall. */
export const TAG_HEIGHT_PX = 48;
const TAG_START_X_PX = 16;
const TAG_STEP_PX = 300;
/** Buttons drawn in an action column: about TikTok's size and spacing on a 1080-wide frame. */
const ICON_SIZE_PX = 96;
const ICON_GAP_PX = 40;

/** One colour per platform, near its brand colour and distinct from the others on a dark picture. */
export const PLATFORM_COLORS: Readonly<Record<Platform, string>> = {
  tiktok: '#25f4ee',
  reels: '#f77737',
  shorts: '#ff3b3b',
  'facebook-reels': '#4c8dff',
  'snapchat-spotlight': '#fffc00',
};

/** A shaded region, an edge line, or a text tag of the guide, in canvas pixels. */
export type Shade = { readonly rect: Rect; readonly color: string };
export type Edge = { readonly rect: Rect; readonly color: string; readonly axis: 'horizontal' | 'vertical' };
export type Tag = { readonly x: number; readonly y: number; readonly text: string; readonly color: string };
export type Column = { readonly rect: Rect; readonly color: string; readonly icons: readonly Rect[] };

/** Everything the guide draws. */
export type GuideLayout = {
  readonly shades: readonly Shade[];
  readonly edges: readonly Edge[];
  readonly tags: readonly Tag[];
  readonly columns: readonly Column[];
  readonly safe: { readonly rect: Rect; readonly label: string };
};

/** Evenly spaced round buttons down a column, as many as fit. */
export const columnIcons = (column: Rect): Rect[] => {
  const count = Math.max(1, Math.floor((column.height + ICON_GAP_PX) / (ICON_SIZE_PX + ICON_GAP_PX)));
  const used = count * ICON_SIZE_PX + (count - 1) * ICON_GAP_PX;
  const size = Math.min(ICON_SIZE_PX, column.width - 8);
  return Array.from({ length: count }, (_, i) => ({
    x: column.x + (column.width - size) / 2,
    y: column.y + (column.height - used) / 2 + i * (ICON_SIZE_PX + ICON_GAP_PX),
    width: size,
    height: size,
  }));
};

const platformLayout = (zones: PlatformZones, index: number) => {
  const color = PLATFORM_COLORS[zones.platform];
  const regions = regionsOf(zones);
  const tagX = TAG_START_X_PX + index * TAG_STEP_PX;
  const shades = regions.filter((r) => r.kind !== 'action-column').map((r) => ({ rect: r.rect, color }));
  const edges: Edge[] = regions.flatMap((r): Edge[] => {
    if (r.kind === 'top') return [{ rect: { x: 0, y: bottomOf(r.rect), width: CANVAS.width, height: 0 }, color, axis: 'horizontal' }];
    if (r.kind === 'bottom') return [{ rect: { x: 0, y: r.rect.y, width: CANVAS.width, height: 0 }, color, axis: 'horizontal' }];
    if (r.kind === 'left') return [{ rect: { x: rightOf(r.rect), y: 0, width: 0, height: CANVAS.height }, color, axis: 'vertical' }];
    if (r.kind === 'right') return [{ rect: { x: r.rect.x, y: 0, width: 0, height: CANVAS.height }, color, axis: 'vertical' }];
    return [];
  });
  const tags: Tag[] = [
    { x: tagX, y: zones.topPx - TAG_HEIGHT_PX - 4, text: `${zones.name} ${zones.topPx}`, color },
    { x: tagX, y: CANVAS.height - zones.bottomPx + 4, text: `${zones.name} ${zones.bottomPx}`, color },
  ];
  const columns = zones.actionColumn ? [{ rect: zones.actionColumn, color, icons: columnIcons(zones.actionColumn) }] : [];
  return { shades, edges, tags, columns };
};

/** Lays out the guide for the target platforms' zones and their safe area. Pure: the component only draws it. */
export const guideLayout = ({ zones, safeArea }: { zones: readonly PlatformZones[]; safeArea: Rect }): GuideLayout => {
  const parts = zones.map(platformLayout);
  const label = `SAFE AREA · x ${safeArea.x}–${rightOf(safeArea)} · y ${safeArea.y}–${bottomOf(safeArea)}`;
  return {
    shades: parts.flatMap((p) => p.shades),
    edges: parts.flatMap((p) => p.edges),
    tags: parts.flatMap((p) => p.tags),
    // Platforms often share one column: draw its buttons once, outlined in the first platform's colour.
    columns: parts.flatMap((p) => p.columns).filter((c, i, all) => all.findIndex((o) => JSON.stringify(o.rect) === JSON.stringify(c.rect)) === i),
    safe: { rect: safeArea, label },
  };
};
