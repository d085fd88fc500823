// The React-free safe-zone API: presets, effective zones, the safe area, collisions and the critical-element marks. Components: SafeZoneLayer, FocalPointMarker, guide/, probe/.
export { CANVAS, intersect, overlapOf, contains, rectFromEdges, rightOf, bottomOf, centerOf } from './geometry';
export type { Rect, Overlap } from './geometry';
export { PRESETS } from './presets';
export type { PlatformPreset, ZoneSpec, SourcedPx } from './presets';
export { SOURCES } from './sources';
export type { Source } from './sources';
export { zonesOf, zonesOfSettings, regionsOf, REGION_KINDS } from './zones';
export type { SafeZoneSettings, PlatformZones, Region, RegionKind } from './zones';
export { getSafeRect, safeRectOfZones, safeZoneSettingsOf, safeAreaOf } from './safe-rect';
export { findCollisions, deepestHit, depthInto } from './collisions';
export type { CriticalBox, Collision } from './collisions';
export { critical, quote, CRITICAL_ATTRIBUTE, CRITICAL_SOURCE_ATTRIBUTE, CRITICAL_SETTLING_ATTRIBUTE, CRITICAL_BOX_ATTRIBUTE } from './critical';
export { faceBox, focalAnchorIn, FACE_BOX_PX } from './focal';
