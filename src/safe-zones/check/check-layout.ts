import type { Collision, CriticalBox } from '../collisions';
import { findCollisions } from '../collisions';
import type { FrameLayout } from '../probe/layout-log';
import type { PlatformZones } from '../zones';

/** A collision at a frame of the episode. */
export type FrameCollision = Collision & { readonly frame: number };

const keyOf = (c: FrameCollision): string => JSON.stringify([c.box.source, c.box.label, c.zones.platform]);

/**
 * Every collision of the measured boxes with the platforms' UI, one per element and platform: at the
 * frame where it reaches deepest (the earliest of equals), so a caption seen on three frames is one finding.
 */
export const collisionsInFrames = ({ frames, platforms }: { frames: readonly FrameLayout[]; platforms: readonly PlatformZones[] }): FrameCollision[] => {
  const worst = new Map<string, FrameCollision>();
  const ordered = [...frames].sort((a, b) => a.frame - b.frame);
  for (const { frame, boxes } of ordered) {
    for (const collision of findCollisions({ boxes: boxes as CriticalBox[], platforms })) {
      const timed = { ...collision, frame };
      const key = keyOf(timed);
      const seen = worst.get(key);
      if (!seen || timed.depthPx > seen.depthPx) worst.set(key, timed);
    }
  }
  return [...worst.values()].sort((a, b) => a.frame - b.frame || a.box.source.localeCompare(b.box.source) || platforms.indexOf(a.zones) - platforms.indexOf(b.zones));
};
