import type { SafeZoneOverride, SafeZones } from '../schema/safe-zones';
import type { Platform, SafeZoneVariant } from '../schema/vocabulary';
import { CANVAS, rectFromEdges, type Rect } from './geometry';
import { PRESETS } from './presets';

/** Which zones to respect: the target platforms, organic or ads, and a series' per-platform overrides. */
export type SafeZoneSettings = {
  readonly platforms: readonly Platform[];
  readonly variant?: SafeZoneVariant;
  readonly overrides?: SafeZones['overrides'];
};

/** One platform's effective zones: plain pixel insets and the action column, after overrides. */
export type PlatformZones = {
  readonly platform: Platform;
  readonly name: string;
  readonly topPx: number;
  readonly bottomPx: number;
  readonly leftPx: number;
  readonly rightPx: number;
  readonly actionColumn: Rect | null;
};

/** The kinds of UI region a platform draws over the video. */
export const REGION_KINDS = ['top', 'bottom', 'left', 'right', 'action-column'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** One region of platform UI as a rectangle on the canvas. */
export type Region = { readonly platform: Platform; readonly kind: RegionKind; readonly rect: Rect };

/** A platform's zones for a variant, with any override of the series applied. */
export const zonesOf = ({ platform, variant = 'organic', override }: {
  platform: Platform;
  variant?: SafeZoneVariant;
  override?: SafeZoneOverride;
}): PlatformZones => {
  const spec = PRESETS[platform].variants[variant];
  return {
    platform,
    name: PRESETS[platform].name,
    topPx: override?.topPx ?? spec.topPx.px,
    bottomPx: override?.bottomPx ?? spec.bottomPx.px,
    leftPx: override?.leftPx ?? spec.leftPx.px,
    rightPx: override?.rightPx ?? spec.rightPx.px,
    actionColumn: override?.actionColumn === undefined ? (spec.actionColumn?.rect ?? null) : override.actionColumn,
  };
};

/** The zones of every target platform, in the order the series lists them (each platform once). */
export const zonesOfSettings = ({ platforms, variant, overrides }: SafeZoneSettings): PlatformZones[] =>
  [...new Set(platforms)].map((platform) => zonesOf({ platform, variant, override: overrides?.[platform] }));

/** A platform's UI as rectangles: the four edge bands (empty ones left out) and the action column. */
export const regionsOf = (zones: PlatformZones): Region[] => {
  const { platform } = zones;
  const { width, height } = CANVAS;
  const bands: Region[] = [
    { platform, kind: 'top', rect: rectFromEdges({ left: 0, top: 0, right: width, bottom: zones.topPx }) },
    { platform, kind: 'bottom', rect: rectFromEdges({ left: 0, top: height - zones.bottomPx, right: width, bottom: height }) },
    { platform, kind: 'left', rect: rectFromEdges({ left: 0, top: 0, right: zones.leftPx, bottom: height }) },
    { platform, kind: 'right', rect: rectFromEdges({ left: width - zones.rightPx, top: 0, right: width, bottom: height }) },
  ];
  const column: Region[] = zones.actionColumn ? [{ platform, kind: 'action-column', rect: zones.actionColumn }] : [];
  return [...bands, ...column].filter((r) => r.rect.width > 0 && r.rect.height > 0);
};
