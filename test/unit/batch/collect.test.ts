import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectBatch } from '../../../src/batch/collect';
import { formatProblem } from '../../../src/errors';
import { PUBLIC_DIR } from '../../../src/render/paths';
import type { Catalog } from '../../../src/project';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/batch/jobs');
const read = (name: string): { series: Record<string, unknown>; episode: Record<string, unknown> } => JSON.parse(readFileSync(path.join(FIXTURE, name), 'utf8'));
const noCatalog = (): Promise<Catalog> => Promise.reject(new Error('a folder batch must not load scenes/'));

/** A folder of jobs: two good episodes, a second episode 2, an episode with another bible, and a file that is not JSON. */
const folder = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'collect-'));
  writeFileSync(path.join(dir, 'a-e01.json'), JSON.stringify(read('e01.json')));
  writeFileSync(path.join(dir, 'b-e02.json'), JSON.stringify(read('e02.json')));
  writeFileSync(path.join(dir, 'c-e02-again.json'), JSON.stringify(read('e02.json')));
  const other = read('e03.json');
  writeFileSync(path.join(dir, 'd-e03.json'), JSON.stringify({ ...other, series: { ...other.series, title: 'Batch Drama II' } }));
  writeFileSync(path.join(dir, 'e-broken.json'), '{ "series": ');
  return dir;
};

describe('collectBatch', () => {
  it('makes a job of every valid episode and fails each invalid one alone, with its reasons, before anything renders', async () => {
    const dir = folder();
    const plan = await collectBatch({ name: dir, outRoot: '/srv/out', force: false, scratchVoices: false, catalog: noCatalog, publicDir: PUBLIC_DIR });
    expect(plan.jobs.map((j) => [j.id, j.previous?.id ?? null, j.next?.id ?? null, j.outDir, j.platforms])).toEqual([
      ['batch-drama-e01', null, 'batch-drama-e02', '/srv/out/batch-drama', ['tiktok']],
      ['batch-drama-e02', 'batch-drama-e01', null, '/srv/out/batch-drama', ['tiktok']],
    ]);
    expect(plan.failures.map((f) => [f.id, f.problems.map(formatProblem)])).toEqual([
      ['e-broken.json', [`${dir}/e-broken.json: is not valid JSON at line 1, column 13: Unexpected end of JSON input. Fix the syntax (a trailing comma or a missing quote is the usual cause)`]],
      ['batch-drama-e02', [`${dir}/c-e02-again.json: episode.number must be unique in the series, but episode 2 of "batch-drama" is also ${dir}/b-e02.json. Give each episode its own number, or remove one of the two files`]],
      ['batch-drama-e03', [`${dir}/d-e03.json: series must be the same bible as the other episodes of "batch-drama", but differs from the one in ${dir}/a-e01.json. Give every episode of a series the same series bible (copy it from ${dir}/a-e01.json)`]],
    ]);
    expect(plan.series).toEqual([{ id: 'batch-drama', title: 'Batch Drama', outDir: '/srv/out/batch-drama', platforms: ['tiktok'] }]);
  });

  it('fails an episode too short for a platform alone, naming the platform', async () => {
    const dir = folder();
    const plan = await collectBatch({ name: path.join(dir, 'a-e01.json'), outRoot: '/srv/out', platforms: ['tiktok', 'reels'], force: true, scratchVoices: false, catalog: noCatalog, publicDir: PUBLIC_DIR });
    expect(plan.jobs).toEqual([]);
    expect(plan.failures.map((f) => f.problems.map(formatProblem))).toEqual([[expect.stringMatching(new RegExp(`^${dir}/a-e01.json: runs 1.5 s, shorter than Instagram Reels takes`))]]);
  });

  it('refuses a folder without jobs', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'collect-empty-'));
    await expect(collectBatch({ name: empty, outRoot: '/srv/out', force: false, scratchVoices: false, catalog: noCatalog, publicDir: PUBLIC_DIR })).rejects.toThrow(
      `${empty}: holds no .json jobs. Put one job per file in it ({ "series": …, "episode": … }, as \`cliffhanger render job.json\` takes), or name a series id`,
    );
  });
});
