import { describe, expect, it } from 'vitest';
import { cameraAt, cameraCss } from '../../src/beats/animatic/camera';

const at = (move: Parameters<typeof cameraAt>[0]['move'], frame: number) => cameraAt({ move, frame, durationInFrames: 61, seed: 'beat' });

describe('cameraAt', () => {
  it('does not move a static camera', () => {
    expect([at('static', 0), at('static', 60)]).toEqual([
      { xPx: 0, yPx: 0, scale: 1, rollDeg: 0 },
      { xPx: 0, yPx: 0, scale: 1, rollDeg: 0 },
    ]);
  });

  it('pushes in from 1 to 1.12 over the beat, and pulls out the other way', () => {
    expect([at('push-in', 0).scale, at('push-in', 60).scale]).toEqual([1, 1.12]);
    expect([at('pull-out', 0).scale, at('pull-out', 60).scale]).toEqual([1.12, 1]);
  });

  it('moves the picture right when the camera pans left, and left when it pans right', () => {
    expect([at('pan-left', 0).xPx, at('pan-left', 60).xPx]).toEqual([-90, 90]);
    expect([at('pan-right', 0).xPx, at('pan-right', 60).xPx]).toEqual([90, -90]);
  });

  it('shakes a handheld camera deterministically, within a few pixels', () => {
    const frames = Array.from({ length: 60 }, (_, f) => at('handheld', f));
    expect(frames).toEqual(Array.from({ length: 60 }, (_, f) => at('handheld', f)));
    expect(frames.every((c) => Math.abs(c.xPx) <= 9 && Math.abs(c.yPx) <= 9 && Math.abs(c.rollDeg) <= 0.35)).toBe(true);
    expect(new Set(frames.map((c) => c.xPx)).size).toBeGreaterThan(30);
  });
});

describe('cameraCss', () => {
  it('moves a background layer half as far for parallax', () => {
    expect(cameraCss({ xPx: 20, yPx: -10, scale: 1.1, rollDeg: 0.2 }, 0.5)).toBe('translate(10px, -5px) scale(1.05) rotate(0.1deg)');
  });
});
