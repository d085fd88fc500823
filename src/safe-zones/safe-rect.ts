import type { Series } from '../schema';
import { CANVAS, rectFromEdges, rightOf, type Rect } from './geometry';
import { zonesOfSettings, type PlatformZones, type SafeZoneSettings } from './zones';

/**
 * The part of the frame one platform leaves free, as one rectangle: inside the four bands and left
 * of the action column over the whole height (conservative: the column's height varies by phone).
 */
export const safeRectOfZones = (zones: PlatformZones): Rect =>
  rectFromEdges({
    left: zones.leftPx,
    top: zones.topPx,
    right: Math.min(rightOf(CANVAS) - zones.rightPx, zones.actionColumn?.x ?? rightOf(CANVAS)),
    bottom: CANVAS.height - zones.bottomPx,
  });

/** The safe area of a set of platforms: the intersection of what each leaves free. No platforms: the whole canvas. */
export const getSafeRect = (settings: SafeZoneSettings): Rect =>
  zonesOfSettings(settings)
    .map(safeRectOfZones)
    .reduce(
      (a, b) =>
        rectFromEdges({
          left: Math.max(a.x, b.x),
          top: Math.max(a.y, b.y),
          right: Math.min(rightOf(a), rightOf(b)),
          bottom: Math.min(a.y + a.height, b.y + b.height),
        }),
      CANVAS,
    );

/** A series' safe-zone settings: its platforms, variant (organic unless it says otherwise) and overrides. */
export const safeZoneSettingsOf = (series: Pick<Series, 'platforms' | 'safeZones'>): SafeZoneSettings => ({
  platforms: series.platforms,
  variant: series.safeZones?.variant ?? 'organic',
  overrides: series.safeZones?.overrides,
});

/** The safe area every episode of a series is laid out in. Changing the series' platforms re-lays out every episode. */
export const safeAreaOf = (series: Pick<Series, 'platforms' | 'safeZones'>): Rect => getSafeRect(safeZoneSettingsOf(series));
