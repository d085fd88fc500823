import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliffhangerError } from '../../src/errors';
import { loadScenes, sceneFilesOnDisk } from '../../src/project/load-scenes';
import { minimalEpisode, parsedJob, seriesEntry } from '../fixtures/minimal';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A temporary project root with the given files (paths relative to the root). */
const project = (files: Record<string, string>): string => {
  const root = mkdtempSync(path.join(tmpdir(), 'cliffhanger-project-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
};

const rejection = async (promise: Promise<unknown>) => {
  const error: unknown = await promise.then(
    () => new Error('expected loadScenes to fail'),
    (e: unknown) => e,
  );
  if (!(error instanceof CliffhangerError)) throw error;
  return error.problems;
};

describe('loadScenes', () => {
  it('imports scenes/index.ts and checks its catalog', async () => {
    const entries = [seriesEntry({}, [minimalEpisode(), minimalEpisode({ number: 2 })])];
    const root = project({
      'scenes/index.ts': `export const catalog = ${JSON.stringify(entries)};\n`,
      'scenes/test-series/e01.ts': '',
    });
    const catalog = await loadScenes(root);
    expect(catalog.problems).toEqual([]);
    expect(catalog.episodes.map((e) => [e.id, e.file, e.job])).toEqual([
      ['test-series-e01', 'scenes/test-series/e01.ts', parsedJob()],
      // No e02.ts or e02.json on disk: the episode is defined in the series' index.ts.
      ['test-series-e02', 'scenes/test-series/index.ts', parsedJob({ number: 2 })],
    ]);
  });

  it('fails when scenes/index.ts does not exist', async () => {
    expect(await rejection(loadScenes(project({})))).toEqual([
      {
        file: 'scenes/index.ts',
        path: [],
        message: 'does not exist',
        fix: 'Create it and export `catalog`, the list of your series (see README, "Writing an episode")',
      },
    ]);
  });

  it('fails with the first line of the error when scenes/index.ts throws', async () => {
    const root = project({ 'scenes/index.ts': "throw new Error('e01 is broken\\nstack details');\nexport const catalog = [];\n" });
    expect(await rejection(loadScenes(root))).toEqual([
      {
        file: 'scenes/index.ts',
        path: [],
        message: 'could not be loaded: e01 is broken',
        fix: 'Fix the error in the scene files it imports; `npm run typecheck` shows type errors with line numbers',
      },
    ]);
  });

  it('fails when scenes/index.ts does not export a catalog list', async () => {
    const root = project({ 'scenes/index.ts': 'export const series = [];\n' });
    expect(await rejection(loadScenes(root))).toEqual([
      {
        file: 'scenes/index.ts',
        path: [],
        message: 'must export `catalog`, a list of series entries',
        fix: 'Add `export const catalog: readonly SeriesEntry[] = [mySeries];`',
      },
    ]);
  });
});

describe('sceneFilesOnDisk', () => {
  it('names eNN.ts, else eNN.json, else the series index.ts', () => {
    const root = project({ 'scenes/show/e01.ts': '', 'scenes/show/e01.json': '', 'scenes/show/e02.json': '' });
    const files = sceneFilesOnDisk(root);
    expect([files.series('show'), files.episode('show', 1), files.episode('show', 2), files.episode('show', 3)]).toEqual([
      'scenes/show/series.ts',
      'scenes/show/e01.ts',
      'scenes/show/e02.json',
      'scenes/show/index.ts',
    ]);
  });
});
