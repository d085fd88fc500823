import { overlapOf, type Overlap, type Rect } from './geometry';
import { regionsOf, type PlatformZones, type Region, type RegionKind } from './zones';

/** A box that must stay clear of platform UI (a caption, a title, clue text, a face) with what to call it. */
export type CriticalBox = {
  /** What the element is, e.g. `caption "I found it."`. */
  readonly label: string;
  /** The field it comes from, e.g. `episode.beats[2].dialogue[0]`; empty when it has none. */
  readonly source: string;
  readonly rect: Rect;
};

/** A critical box under one platform's UI: the deepest region it reaches and by how many pixels. */
export type Collision = {
  readonly box: CriticalBox;
  readonly zones: PlatformZones;
  readonly region: RegionKind;
  /** How far the box reaches into the region, across the region's edge (whole pixels, at least 1). */
  readonly depthPx: number;
  readonly overlap: Overlap;
};

/** How far a box reaches into a region, measured across the edge it must move back over: down out of the top band, left out of the column. */
export const depthInto = (overlap: Overlap, kind: RegionKind): number =>
  kind === 'top' || kind === 'bottom' ? overlap.heightPx : overlap.widthPx;

type Hit = { region: Region; depthPx: number; overlap: Overlap };

/** The region of one platform a box reaches deepest into (the action column wins a tie, being the more specific), or null. */
export const deepestHit = (rect: Rect, zones: PlatformZones): Hit | null => {
  let best: Hit | null = null;
  for (const region of regionsOf(zones)) {
    const overlap = overlapOf(rect, region.rect);
    if (!overlap) continue;
    const depthPx = Math.round(depthInto(overlap, region.kind));
    const wins = !best || depthPx > best.depthPx || (depthPx === best.depthPx && region.kind === 'action-column');
    if (depthPx >= 1 && wins) best = { region, depthPx, overlap };
  }
  return best;
};

/** Every collision of the boxes with the platforms' UI: at most one per box and platform (its deepest). Sub-pixel overlaps from anti-aliasing do not count. */
export const findCollisions = ({ boxes, platforms }: { boxes: readonly CriticalBox[]; platforms: readonly PlatformZones[] }): Collision[] =>
  boxes.flatMap((box) =>
    platforms.flatMap((zones): Collision[] => {
      const hit = deepestHit(box.rect, zones);
      return hit ? [{ box, zones, region: hit.region.kind, depthPx: hit.depthPx, overlap: hit.overlap }] : [];
    }),
  );
