import { describe, expect, it } from 'vitest';
import { getSafeRect, safeAreaOf } from '../../../src/safe-zones';

describe('getSafeRect', () => {
  it('intersects the default targets’ organic zones: x 65–900, y 269–1460', () => {
    expect(getSafeRect({ platforms: ['tiktok', 'reels', 'shorts'] })).toEqual({ x: 65, y: 269, width: 835, height: 1191 });
  });

  it('shrinks to x 65–888, y 288–1248 for ads, as Google’s and Meta’s ad zones ask', () => {
    expect(getSafeRect({ platforms: ['tiktok', 'reels', 'shorts'], variant: 'ads' })).toEqual({ x: 65, y: 288, width: 823, height: 960 });
  });

  it('gives one platform its own area, the action column excluded over the whole height', () => {
    expect(getSafeRect({ platforms: ['tiktok'] })).toEqual({ x: 40, y: 250, width: 860, height: 1210 });
    expect(getSafeRect({ platforms: ['snapchat-spotlight'] })).toEqual({ x: 0, y: 150, width: 1080, height: 1620 });
  });

  it('grows when the only platform with a column has its column overridden away', () => {
    expect(getSafeRect({ platforms: ['reels'], overrides: { reels: { actionColumn: null } } })).toEqual({ x: 65, y: 269, width: 931, height: 1271 });
  });

  it('keeps the stricter platform’s edge when an override loosens another', () => {
    expect(getSafeRect({ platforms: ['tiktok', 'reels'], overrides: { tiktok: { bottomPx: 200 } } })).toEqual({ x: 65, y: 269, width: 835, height: 1271 });
  });

  it('is the whole canvas with no platform', () => {
    expect(getSafeRect({ platforms: [] })).toEqual({ x: 0, y: 0, width: 1080, height: 1920 });
  });
});

describe('safeAreaOf', () => {
  it('follows a series’ platforms and variant, organic when it names none', () => {
    expect(safeAreaOf({ platforms: ['shorts'] })).toEqual({ x: 48, y: 220, width: 852, height: 1389 });
    expect(safeAreaOf({ platforms: ['shorts'], safeZones: { variant: 'ads', overrides: {} } })).toEqual({ x: 48, y: 288, width: 840, height: 960 });
  });
});
