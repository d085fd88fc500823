import { describe, expect, it } from 'vitest';
import { getSafeRect, zonesOf, zonesOfSettings } from '../../../src/safe-zones';
import { columnIcons, guideLayout } from '../../../src/safe-zones/guide/guide-layout';

const COLUMN = { x: 900, y: 900, width: 180, height: 700 };

describe('guideLayout', () => {
  it('shades each platform’s bands, draws its edges, tags its top and bottom, and outlines the safe area', () => {
    const zones = [zonesOf({ platform: 'tiktok' })];
    const layout = guideLayout({ zones, safeArea: getSafeRect({ platforms: ['tiktok'] }) });
    expect(layout.shades.map((s) => s.rect)).toEqual([
      { x: 0, y: 0, width: 1080, height: 250 },
      { x: 0, y: 1460, width: 1080, height: 460 },
      { x: 0, y: 0, width: 40, height: 1920 },
      { x: 900, y: 0, width: 180, height: 1920 },
    ]);
    expect(layout.edges.map((e) => [e.axis, e.rect.x, e.rect.y])).toEqual([
      ['horizontal', 0, 250],
      ['horizontal', 0, 1460],
      ['vertical', 40, 0],
      ['vertical', 900, 0],
    ]);
    expect(layout.tags).toEqual([
      { x: 16, y: 198, text: 'TikTok 250', color: '#25f4ee' },
      { x: 16, y: 1464, text: 'TikTok 460', color: '#25f4ee' },
    ]);
    expect(layout.safe).toEqual({ rect: { x: 40, y: 250, width: 860, height: 1210 }, label: 'SAFE AREA · x 40–900 · y 250–1460' });
  });

  it('moves each platform’s tags further right, and draws a column shared by several platforms once', () => {
    const zones = zonesOfSettings({ platforms: ['tiktok', 'reels', 'shorts'] });
    const layout = guideLayout({ zones, safeArea: getSafeRect({ platforms: ['tiktok', 'reels', 'shorts'] }) });
    expect(layout.tags.map((t) => [t.x, t.text])).toEqual([
      [16, 'TikTok 250'],
      [16, 'TikTok 460'],
      [316, 'Instagram Reels 269'],
      [316, 'Instagram Reels 380'],
      [616, 'YouTube Shorts 220'],
      [616, 'YouTube Shorts 311'],
    ]);
    expect(layout.columns.map((c) => [c.rect, c.color])).toEqual([[COLUMN, '#25f4ee']]);
  });

  it('draws no column for a platform without one', () => {
    expect(guideLayout({ zones: [zonesOf({ platform: 'snapchat-spotlight' })], safeArea: getSafeRect({ platforms: ['snapchat-spotlight'] }) }).columns).toEqual([]);
  });
});

describe('columnIcons', () => {
  it('spaces as many round buttons as fit down the column, centred', () => {
    expect(columnIcons(COLUMN)).toEqual([0, 1, 2, 3, 4].map((i) => ({ x: 942, y: 900 + 30 + i * 136, width: 96, height: 96 })));
  });

  it('keeps one button in a column shorter than a button', () => {
    expect(columnIcons({ x: 900, y: 900, width: 180, height: 50 })).toHaveLength(1);
  });
});
