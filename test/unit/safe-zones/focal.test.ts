import { describe, expect, it } from 'vitest';
import { FACE_BOX_PX, faceBox, focalAnchorIn, getSafeRect } from '../../../src/safe-zones';

describe('focalAnchorIn', () => {
  it('centres faces across the safe area, not the canvas, at 42 % of the height', () => {
    const anchor = focalAnchorIn(getSafeRect({ platforms: ['tiktok', 'reels', 'shorts'] }));
    expect([anchor.x * 1080, anchor.y * 1920]).toEqual([482.5, 806.4]);
  });

  it('pulls the face down by half a face when the safe area starts lower than 42 % allows', () => {
    const anchor = focalAnchorIn({ x: 0, y: 760, width: 1080, height: 800 });
    expect(anchor.y * 1920).toBe(760 + FACE_BOX_PX / 2);
  });

  it('pulls the face up when the safe area ends above it', () => {
    const anchor = focalAnchorIn({ x: 0, y: 200, width: 1080, height: 600 });
    expect(anchor.y * 1920).toBe(800 - FACE_BOX_PX / 2);
  });
});

describe('faceBox', () => {
  it('is a FACE_BOX_PX square around the point', () => {
    expect(faceBox({ x: 500, y: 800 })).toEqual({ x: 400, y: 700, width: 200, height: 200 });
  });
});
