import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../../src/batch/summary';

const series = [{ id: 'night-shift', title: 'Night Shift', outDir: path.resolve('out/publish/night-shift'), platforms: ['tiktok', 'shorts'] as const }];

describe('summaryLines', () => {
  it('gives one line per episode sorted by id, a failure’s reasons under it, then the counts and the folders', () => {
    expect(
      summaryLines({
        series,
        results: [
          { id: 'night-shift-e03', file: 'e03.json', status: 'failed', reason: 'e03.json: episode.title is missing\ne03.json: episode.beats must not be empty. Add a hook' },
          { id: 'night-shift-e01', file: 'e01.json', title: 'Room 12', status: 'rendered', durationInFrames: 2700, renderedFrames: 2700, seconds: 612.4 },
          { id: 'night-shift-e02', file: 'e02.json', title: 'The Chart', status: 'up-to-date', durationInFrames: 1800, renderedFrames: 0, seconds: 0.3 },
          { id: 'night-shift-e04', file: 'e04.json', title: 'Morning', status: 'rendered', durationInFrames: 900, renderedFrames: 72, seconds: 40 },
        ],
      }),
    ).toEqual([
      'rendered    night-shift-e01  Room 12 (2700 frames; 612.4 s)',
      'up to date  night-shift-e02  The Chart',
      'failed      night-shift-e03  e03.json: episode.title is missing',
      '                             e03.json: episode.beats must not be empty. Add a hook',
      'rendered    night-shift-e04  Morning (900 frames, 72 rendered, the rest from the segment cache; 40 s)',
      '2 rendered, 1 skipped as up to date, 1 failed. Files and manifest.json in out/publish/night-shift (tiktok, shorts)',
    ]);
  });

  it('says only the counts when nothing was run', () => {
    expect(summaryLines({ series: [], results: [] })).toEqual(['0 rendered, 0 skipped as up to date, 0 failed.']);
  });
});
