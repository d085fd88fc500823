import { describe, expect, it } from 'vitest';
import { findCollisions, zonesOf, type CriticalBox } from '../../../src/safe-zones';

const tiktok = zonesOf({ platform: 'tiktok' });
const reels = zonesOf({ platform: 'reels' });
const box = (rect: CriticalBox['rect']): CriticalBox => ({ label: 'caption "Hi"', source: 'episode.beats[0].dialogue[0]', rect });
const summary = (boxes: CriticalBox[], platforms = [tiktok]) =>
  findCollisions({ boxes, platforms }).map((c) => [c.zones.platform, c.region, c.depthPx]);

describe('findCollisions', () => {
  it('finds nothing for a box exactly at TikTok’s bottom edge (y 1460), and 1 px for one pixel over', () => {
    expect(summary([box({ x: 100, y: 1360, width: 700, height: 100 })])).toEqual([]);
    expect(summary([box({ x: 100, y: 1361, width: 700, height: 100 })])).toEqual([['tiktok', 'bottom', 1]]);
  });

  it('finds nothing for a box exactly at TikTok’s top edge (y 250), and 1 px for one pixel over', () => {
    expect(summary([box({ x: 100, y: 250, width: 700, height: 100 })])).toEqual([]);
    expect(summary([box({ x: 100, y: 249, width: 700, height: 100 })])).toEqual([['tiktok', 'top', 1]]);
  });

  it('measures a box under the action column by how far it reaches left into it, naming the column over the right band', () => {
    const [collision] = findCollisions({ boxes: [box({ x: 700, y: 1200, width: 320, height: 80 })], platforms: [tiktok] });
    expect(collision).toEqual({
      box: box({ x: 700, y: 1200, width: 320, height: 80 }),
      zones: tiktok,
      region: 'action-column',
      depthPx: 120,
      overlap: { widthPx: 120, heightPx: 80, areaPx: 9600 },
    });
  });

  it('reports the deepest region once per platform, and each platform separately', () => {
    // Reaches 40 px into TikTok's bottom band and 20 px right of x 900: the bottom is deeper.
    expect(summary([box({ x: 500, y: 1400, width: 420, height: 100 })], [tiktok, reels])).toEqual([
      ['tiktok', 'bottom', 40],
      ['reels', 'action-column', 20],
    ]);
  });

  it('ignores sub-pixel overlaps from anti-aliasing: 0.49 px is inside, 0.5 px counts as 1', () => {
    expect(summary([box({ x: 100, y: 1360.49, width: 700, height: 100 })])).toEqual([]);
    expect(summary([box({ x: 100, y: 1360.5, width: 700, height: 100 })])).toEqual([['tiktok', 'bottom', 1]]);
  });
});
