import { describe, expect, it } from 'vitest';
import type { FootageLayer } from '../../../src/render/layers/footage';
import { planFrames, spansOf } from '../../../src/render/layers/frame-plan';

const clip = (overrides: Partial<FootageLayer> = {}): FootageLayer => ({
  beatIndex: 1,
  src: 'clip.mp4',
  beatFromInFrames: 10,
  fromInFrames: 12,
  toInFrames: 20,
  trimBeforeInFrames: 0,
  playbackRate: 1,
  rect: { left: -100, top: 0, width: 1280, height: 1920 },
  ...overrides,
});

describe('planFrames', () => {
  it('captures the first frame of every look and holds it where the next frames sign the same', () => {
    const plan = planFrames({ from: 0, to: 6, signatures: ['a', 'a', 'b', 'b', 'b', 'c'], footage: [] });
    expect(plan.full).toEqual([0, 2, 5]);
    expect(plan.overlay).toEqual([]);
    expect(plan.frames.map((f) => f.shownBy)).toEqual([0, 0, 2, 2, 2, 5]);
  });

  it('reuses a capture for a look that comes back later (a caption page shown again)', () => {
    const plan = planFrames({ from: 100, to: 104, signatures: ['a', 'b', 'a', 'b'], footage: [] });
    expect(plan.full).toEqual([100, 101]);
    expect(plan.frames.map((f) => f.shownBy)).toEqual([100, 101, 100, 101]);
  });

  it('always captures a frame whose signature is live (a canvas or a video the DOM does not describe)', () => {
    const plan = planFrames({ from: 0, to: 3, signatures: ['live:0', 'live:1', 'live:2'], footage: [] });
    expect(plan.full).toEqual([0, 1, 2]);
  });

  it('draws footage frames as overlays, never sharing a capture with a whole frame that signs the same', () => {
    const footage = [clip()];
    const plan = planFrames({ from: 8, to: 22, signatures: Array(14).fill('same'), footage });
    // 8, 9: before the beat; 10, 11: its transition (captured whole, every one); 12–19: overlay; 20, 21: after it.
    expect(plan.full).toEqual([8, 10, 11]);
    expect(plan.overlay).toEqual([12]);
    expect(plan.frames.map((f) => `${f.layer}:${f.shownBy}`)).toEqual([
      'full:8', 'full:8', 'full:10', 'full:11',
      ...Array(8).fill('overlay:12'),
      'full:8', 'full:8',
    ]);
    expect(plan.frames.filter((f) => f.footage !== null).map((f) => f.frame)).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('refuses signatures that do not cover the run', () => {
    expect(() => planFrames({ from: 0, to: 3, signatures: ['a'], footage: [] })).toThrow(/1 signatures for the 3 frames 0-2/);
  });
});

describe('spansOf', () => {
  it('cuts a plan where the layer or the footage beat changes', () => {
    const first = clip({ beatIndex: 1, beatFromInFrames: 2, fromInFrames: 2, toInFrames: 4 });
    const second = clip({ beatIndex: 2, beatFromInFrames: 4, fromInFrames: 4, toInFrames: 6 });
    const plan = planFrames({ from: 0, to: 8, signatures: ['a', 'b', 'c', 'c', 'c', 'c', 'd', 'd'], footage: [first, second] });
    const spans = spansOf(plan);
    expect(spans.map((s) => [s.layer, s.footage?.beatIndex ?? null, s.frames.map((f) => f.frame)])).toEqual([
      ['full', null, [0, 1]],
      ['overlay', 1, [2, 3]],
      ['overlay', 2, [4, 5]],
      ['full', null, [6, 7]],
    ]);
  });
});
