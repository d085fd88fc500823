import { describe, expect, it } from 'vitest';
import { zonesOf } from '../../../src/safe-zones';
import { collisionsInFrames } from '../../../src/safe-zones/check/check-layout';

const tiktok = zonesOf({ platform: 'tiktok' });
const reels = zonesOf({ platform: 'reels' });
const caption = (y: number) => ({ label: 'caption "Hi"', source: 'episode.beats[1].dialogue[0]', rect: { x: 200, y, width: 400, height: 100 } });
const title = { label: 'end card "Next"', source: 'episode.beats[2].card.text', rect: { x: 200, y: 230, width: 400, height: 100 } };

describe('collisionsInFrames', () => {
  it('reports an element once per platform, at the frame where it reaches deepest, in time order', () => {
    const frames = [
      { frame: 40, boxes: [caption(1400)] },
      { frame: 10, boxes: [caption(1380), title] },
      { frame: 25, boxes: [caption(1360)] },
    ];
    expect(collisionsInFrames({ frames, platforms: [tiktok, reels] }).map((c) => [c.frame, c.box.source, c.zones.platform, c.region, c.depthPx])).toEqual([
      [10, 'episode.beats[2].card.text', 'tiktok', 'top', 20],
      [10, 'episode.beats[2].card.text', 'reels', 'top', 39],
      [40, 'episode.beats[1].dialogue[0]', 'tiktok', 'bottom', 40],
    ]);
  });

  it('keeps the earliest frame when an element reaches equally deep on several', () => {
    const frames = [{ frame: 30, boxes: [caption(1400)] }, { frame: 20, boxes: [caption(1400)] }];
    expect(collisionsInFrames({ frames, platforms: [tiktok] }).map((c) => c.frame)).toEqual([20]);
  });

  it('finds nothing when every box stays inside', () => {
    expect(collisionsInFrames({ frames: [{ frame: 0, boxes: [caption(1360)] }], platforms: [tiktok, reels] })).toEqual([]);
  });
});
