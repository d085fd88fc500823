import { describe, expect, it } from 'vitest';
import { problemsFromZod } from '../../../src/errors';
import { episodeJobSchema, seriesSchema } from '../../../src/schema';
import { safeAreaOf } from '../../../src/safe-zones';
import { jobInput, minimalSeries } from '../../fixtures/minimal';

const problemsOf = (input: unknown) => {
  const result = seriesSchema.safeParse(input);
  return result.success ? [] : problemsFromZod(result.error, input, seriesSchema);
};

describe('series.safeZones', () => {
  it('is optional, and defaults its variant to organic and its overrides to none', () => {
    expect(seriesSchema.parse(minimalSeries()).safeZones).toBeUndefined();
    expect(seriesSchema.parse(minimalSeries({ safeZones: {} })).safeZones).toEqual({ variant: 'organic', overrides: {} });
  });

  it('re-lays out a series from its platforms, variant and overrides alone', () => {
    const series = seriesSchema.parse(minimalSeries({ platforms: ['reels'], safeZones: { variant: 'ads', overrides: { reels: { rightPx: 120, actionColumn: null } } } }));
    expect(safeAreaOf(series)).toEqual({ x: 65, y: 269, width: 895, height: 979 });
  });

  it('rejects an inset that would leave too little room, and a column on the left half', () => {
    expect(problemsOf(minimalSeries({ safeZones: { overrides: { tiktok: { bottomPx: 900, actionColumn: { x: 100, y: 900, width: 100, height: 600 } } } } }))).toEqual([
      { path: ['safeZones', 'overrides', 'tiktok', 'bottomPx'], message: 'must be at most 800, but got 900' },
      { path: ['safeZones', 'overrides', 'tiktok', 'actionColumn', 'x'], message: 'must be at least 540, but got 100' },
    ]);
  });

  it('rejects an unknown platform in the overrides, suggesting the closest', () => {
    expect(problemsOf(minimalSeries({ safeZones: { overrides: { tiktk: { topPx: 10 } } as never } }))).toEqual([
      { path: ['safeZones', 'overrides'], message: 'has unknown field "tiktk"', fix: 'Did you mean "tiktok"?' },
    ]);
  });
});

describe('job.preview', () => {
  it('is optional and turns the Studio guides on unless set to false', () => {
    expect(episodeJobSchema.parse(jobInput()).preview).toBeUndefined();
    expect(episodeJobSchema.parse({ ...jobInput(), preview: {} }).preview).toEqual({ safeZoneGuides: true });
    expect(episodeJobSchema.parse({ ...jobInput(), preview: { safeZoneGuides: false } }).preview).toEqual({ safeZoneGuides: false });
  });
});
