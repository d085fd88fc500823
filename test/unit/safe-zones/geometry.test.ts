import { describe, expect, it } from 'vitest';
import { contains, intersect, overlapOf, rectFromEdges } from '../../../src/safe-zones';

const zone = { x: 0, y: 1460, width: 1080, height: 460 };

describe('rectangle geometry', () => {
  it('intersects overlapping rectangles', () => {
    expect(intersect({ x: 0, y: 0, width: 100, height: 100 }, { x: 50, y: 60, width: 100, height: 100 })).toEqual({ x: 50, y: 60, width: 50, height: 40 });
  });

  it('treats a box exactly at the zone edge as outside it, and one pixel over as a 1 px overlap', () => {
    expect(intersect({ x: 100, y: 1360, width: 400, height: 100 }, zone)).toBeNull();
    expect(intersect({ x: 100, y: 1361, width: 400, height: 100 }, zone)).toEqual({ x: 100, y: 1460, width: 400, height: 1 });
  });

  it('measures an overlap in pixels: width, height and area', () => {
    expect(overlapOf({ x: 900, y: 1000, width: 300, height: 50 }, { x: 900, y: 900, width: 180, height: 700 })).toEqual({ widthPx: 180, heightPx: 50, areaPx: 9000 });
    expect(overlapOf({ x: 0, y: 0, width: 900, height: 900 }, { x: 900, y: 900, width: 180, height: 700 })).toBeNull();
  });

  it('counts a box touching the edges of another as inside it, and one pixel out as not', () => {
    const safe = { x: 65, y: 269, width: 835, height: 1191 };
    expect(contains(safe, safe)).toBe(true);
    expect(contains(safe, { ...safe, width: 836 })).toBe(false);
    expect(contains(safe, { ...safe, x: 64 })).toBe(false);
  });

  it('builds a rectangle from its edges, collapsing an inverted one to zero size', () => {
    expect(rectFromEdges({ left: 10, top: 20, right: 30, bottom: 60 })).toEqual({ x: 10, y: 20, width: 20, height: 40 });
    expect(rectFromEdges({ left: 30, top: 60, right: 10, bottom: 20 })).toEqual({ x: 30, y: 60, width: 0, height: 0 });
  });
});
