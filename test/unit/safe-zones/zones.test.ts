import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/schema';
import { PRESETS, regionsOf, zonesOf, zonesOfSettings } from '../../../src/safe-zones';

const COLUMN = { x: 900, y: 900, width: 180, height: 700 };

describe('platform presets', () => {
  it('cover every platform a series can target, each number with a source and a date', () => {
    expect(Object.keys(PRESETS).sort()).toEqual([...PLATFORMS].sort());
    for (const preset of Object.values(PRESETS)) {
      for (const spec of Object.values(preset.variants)) {
        for (const sourced of [spec.topPx, spec.bottomPx, spec.leftPx, spec.rightPx]) {
          expect(sourced.source.name.length).toBeGreaterThan(10);
          expect(sourced.source.date).toMatch(/^\d{4}/);
        }
      }
    }
  });

  it('give TikTok’s organic zones as the conservative ends of the reported ranges', () => {
    expect(zonesOf({ platform: 'tiktok' })).toEqual({
      platform: 'tiktok', name: 'TikTok', topPx: 250, bottomPx: 460, leftPx: 40, rightPx: 180, actionColumn: COLUMN,
    });
  });

  it('keep an ads variant where ad placements cover more', () => {
    expect([zonesOf({ platform: 'reels' }).bottomPx, zonesOf({ platform: 'reels', variant: 'ads' }).bottomPx]).toEqual([380, 672]);
    expect(zonesOf({ platform: 'shorts', variant: 'ads' })).toEqual({
      platform: 'shorts', name: 'YouTube Shorts', topPx: 288, bottomPx: 672, leftPx: 48, rightPx: 192, actionColumn: COLUMN,
    });
  });

  it('apply a series override number by number, and a null action column as none', () => {
    expect(zonesOf({ platform: 'tiktok', override: { bottomPx: 520, actionColumn: null } })).toEqual({
      platform: 'tiktok', name: 'TikTok', topPx: 250, bottomPx: 520, leftPx: 40, rightPx: 180, actionColumn: null,
    });
  });

  it('list each platform once, in the series’ order', () => {
    expect(zonesOfSettings({ platforms: ['shorts', 'tiktok', 'shorts'] }).map((z) => z.platform)).toEqual(['shorts', 'tiktok']);
  });
});

describe('regionsOf', () => {
  it('draws a platform’s UI as four edge bands and the action column', () => {
    expect(regionsOf(zonesOf({ platform: 'tiktok' }))).toEqual([
      { platform: 'tiktok', kind: 'top', rect: { x: 0, y: 0, width: 1080, height: 250 } },
      { platform: 'tiktok', kind: 'bottom', rect: { x: 0, y: 1460, width: 1080, height: 460 } },
      { platform: 'tiktok', kind: 'left', rect: { x: 0, y: 0, width: 40, height: 1920 } },
      { platform: 'tiktok', kind: 'right', rect: { x: 900, y: 0, width: 180, height: 1920 } },
      { platform: 'tiktok', kind: 'action-column', rect: COLUMN },
    ]);
  });

  it('leaves out empty bands and a missing column', () => {
    expect(regionsOf(zonesOf({ platform: 'snapchat-spotlight' })).map((r) => r.kind)).toEqual(['top', 'bottom']);
  });
});
