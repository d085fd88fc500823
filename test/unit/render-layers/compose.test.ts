import { describe, expect, it } from 'vitest';
import { composeArgs } from '../../../src/render/layers/compose';
import type { FootageLayer } from '../../../src/render/layers/footage';
import { planFrames, spansOf } from '../../../src/render/layers/frame-plan';

const footage: FootageLayer = {
  beatIndex: 0,
  src: 'series/footage/street.mp4',
  beatFromInFrames: 0,
  fromInFrames: 0,
  toInFrames: 30,
  trimBeforeInFrames: 15,
  playbackRate: 2,
  rect: { left: -1052, top: 0, width: 3410, height: 1920 },
};

const args = (from: number, colorSpace: 'default' | 'bt709' = 'default') => {
  const plan = planFrames({ from, to: 40, signatures: Array(40 - from).fill('x'), footage: [footage] });
  const spans = spansOf(plan);
  return composeArgs({ spans, sequences: spans.map((_, k) => `/work/span-${k}/%06d`), publicDir: '/project/public', fps: 30, width: 1080, height: 1920, cuts: [12], colorSpace, outPath: '/work/out.mp4' });
};

describe('composeArgs', () => {
  it('plays the clip from the frame the Video shows at the span start: trim, then frames at the playback rate', () => {
    const a = args(10);
    // Frame 10 of the beat at 2x after a 15-frame trim: clip frame 35, 35/30 s.
    expect(a.slice(a.indexOf('-ss'), a.indexOf('-ss') + 4)).toEqual(['-ss', '1.166667', '-i', '/project/public/series/footage/street.mp4']);
  });

  it("scales the clip to MediaShot's whole-pixel rectangle and crops the frame out of it, under the overlay", () => {
    const graph = args(0)[args(0).indexOf('-filter_complex') + 1] ?? '';
    expect(graph).toContain('setpts=(PTS-STARTPTS)/2,fps=30,scale=3410:1920:flags=bicubic:in_color_matrix=bt709:out_color_matrix=bt601,crop=1080:1920:1052:0');
    expect(graph).toContain('overlay=format=yuv420');
    expect(graph).toMatch(/concat=n=2:v=1:a=0\[out\]$/);
  });

  it("forces keyframes at the cuts and converts as Remotion does for BT.709", () => {
    const a = args(0, 'bt709');
    expect(a).toContain('expr:eq(n,12)');
    expect(a[a.indexOf('-filter_complex') + 1]).toContain('zscale=matrix=709:range=limited');
    expect(a.slice(a.indexOf('-colorspace:v'), a.indexOf('-colorspace:v') + 2)).toEqual(['-colorspace:v', 'bt709']);
  });
});
