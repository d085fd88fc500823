import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/project';
import { resolveTargets } from '../../../src/project/resolve-target';
import { placeProblems } from '../../../src/project/place-problems';
import { probeTargets } from '../../../src/media/probe-targets';
import { dialogueBeat, minimalEpisode, seriesEntry } from '../../fixtures/minimal';

let publicDir = '';
beforeAll(() => {
  publicDir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-probe-targets-'));
  mkdirSync(path.join(publicDir, 'test-series/e01'), { recursive: true });
  writeFileSync(path.join(publicDir, 'test-series/e01/talk.png'), PNG.sync.write(new PNG({ width: 40, height: 30 })));
  writeFileSync(path.join(publicDir, 'test-series/e01/odd.jpg'), 'not a jpeg');
});
afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

const targets = (entry = seriesEntry()) => probeTargets({ targets: resolveTargets({ name: 'test-series', catalog: loadCatalog([entry]), publicDir }), publicDir });

describe('probeTargets', () => {
  it('puts the media it found into the props of each catalog episode', async () => {
    const [target] = await targets();
    expect(target?.problems).toEqual([]);
    expect(target?.assets?.pictures).toEqual({ talk: { src: 'test-series/e01/talk.png', kind: 'image', width: 40, height: 30, durationInSeconds: null, hasAudio: false, droppedIn: true } });
    expect((target?.input as { assets?: unknown }).assets).toBe(target?.assets);
  });

  it('names the episode file for a dropped-in file that cannot be read, with the path inside it', async () => {
    const [target] = await targets(seriesEntry({}, [minimalEpisode({ beats: [dialogueBeat({ id: 'odd' })] })]));
    expect(target?.job).toBeNull();
    expect(target?.problems).toEqual([
      {
        file: 'scenes/test-series/e01.ts',
        path: ['beats', 0],
        message: 'uses public/test-series/e01/odd.jpg (dropped in by its name), which must be a readable picture, but it is not a PNG, JPEG or WebP image (its header is missing or damaged)',
        fix: 'Export the file again, or replace it',
      },
    ]);
  });

  it('names series.ts for a series field, even when the check runs for an episode', async () => {
    const [target] = await targets(seriesEntry({ sound: { music: { src: 'test-series/theme.mp3' } } }));
    expect(target?.problems).toEqual([
      { file: 'scenes/test-series/series.ts', path: ['sound', 'music', 'src'], message: 'must name a file in public/, but public/test-series/theme.mp3 does not exist', fix: 'Check the spelling, or add the file there' },
    ]);
  });
});

describe('placeProblems', () => {
  it('keeps whole paths for a JSON job', () => {
    expect(placeProblems({ problems: [{ path: ['series', 'id'], message: 'x' }], file: 'job.json', seriesId: 's', source: 'job-file' })).toEqual([{ path: ['series', 'id'], message: 'x', file: 'job.json' }]);
  });
});
