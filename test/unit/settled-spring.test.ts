import { spring } from 'remotion';
import { describe, expect, it } from 'vitest';
import { settledSpring } from '../../src/inserts/shared/settled-spring';

const config = { damping: 14, stiffness: 220, mass: 0.6 };
const frames = [...Array(60).keys()];

describe('settledSpring', () => {
  it("follows Remotion's spring, overshoot included, until it has settled", () => {
    const settle = frames.find((f) => settledSpring({ fps: 30, frame: f, config }) === 1 && frames.slice(f).every((g) => settledSpring({ fps: 30, frame: g, config }) === 1)) ?? -1;
    expect(settle).toBeGreaterThan(5);
    for (const f of frames.slice(0, settle)) expect(settledSpring({ fps: 30, frame: f, config })).toBe(spring({ fps: 30, frame: f, config }));
    // It overshoots past 1 and swings back before it settles.
    expect(Math.max(...frames.slice(0, settle).map((f) => settledSpring({ fps: 30, frame: f, config })))).toBeGreaterThan(1.05);
  });

  it('is exactly 1 from there on, within a fraction of a pixel of the spring, where the spring keeps creeping', () => {
    const values = frames.map((f) => settledSpring({ fps: 30, frame: f, config }));
    const settle = values.findIndex((v, i) => values.slice(i).every((w) => w === 1));
    const creeping = frames.slice(settle).map((f) => spring({ fps: 30, frame: f, config }));
    expect(new Set(creeping).size).toBeGreaterThan(5);
    for (const v of creeping) expect(Math.abs(1 - v)).toBeLessThan(0.002);
  });
});
