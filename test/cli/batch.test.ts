import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256File } from '../../src/publish/hashes';
import type { Manifest } from '../../src/publish/manifest';
import { tempDir } from './run-cli';
import { COMPLETE_EPISODE, copyJobs, expectedFiles, filesUnder, killGroup, probeVideo, runBatchCli, spawnCli, summaryOf, typoJob, untimed, waitFor } from './batch-helpers';

const LONG = 900_000;

describe('cliffhanger batch on one machine', () => {
  const work = tempDir();
  // Two valid episodes are enough to be killed between: the first finished, the second under way.
  const jobs = copyJobs(path.join(work, 'jobs'), { files: ['e01.json', 'e02.json'] });
  const episodes = ['batch-drama-e01', 'batch-drama-e02'];
  const typo = typoJob(jobs);
  const out = path.join(work, 'out');
  const series = path.join(out, 'batch-drama');
  const args = ['batch', jobs, '--out', out, '--cache-dir', path.join(work, 'cache'), '--no-scratch-voices'];

  it('resumes after being killed, redoing nothing it finished; the invalid job fails alone with its reason', { timeout: LONG }, async () => {
    const killed = spawnCli(args);
    await waitFor('the first episode to finish', () => existsSync(path.join(series, '.batch', 'batch-drama-e01.json')), LONG);
    killGroup(killed.child);
    await killed.exited;
    // Whatever is at an output path after the kill is whole.
    const outputs = filesUnder(series).filter((f) => f.endsWith('.mp4') && !f.includes('.partial'));
    expect(outputs).toEqual(expect.arrayContaining(['.masters/batch-drama-e01.mp4', 'tiktok/batch-drama-e01.mp4']));
    for (const file of outputs) expect(await probeVideo(path.join(series, file))).toEqual(COMPLETE_EPISODE);

    const resumed = await runBatchCli(args);
    expect(resumed.code).toBe(1);
    expect(summaryOf(resumed.stdout).map(untimed)).toEqual([
      'Batch: 3 episodes of Batch Drama (1 invalid, skipped before rendering)',
      'up to date  batch-drama-e01  The Parcel',
      'rendered    batch-drama-e02  The Drop (45 frames; … s)',
      `failed      batch-drama-e04  ${typo.reason}`,
      `1 rendered, 1 skipped as up to date, 1 failed. Files and manifest.json in ${series} (tiktok)`,
    ]);
    expect(resumed.stderr).toContain('| 3/3 episodes | 1 rendered, 1 up to date, 1 failed |');
  });

  it('leaves every deliverable complete, once, listed with its checksum, and no temporary file', { timeout: LONG }, async () => {
    expect(filesUnder(series)).toEqual(expectedFiles(episodes));
    for (const id of episodes) {
      expect(await probeVideo(path.join(series, 'tiktok', `${id}.mp4`))).toEqual(COMPLETE_EPISODE);
      expect(await probeVideo(path.join(series, '.masters', `${id}.mp4`))).toEqual(COMPLETE_EPISODE);
    }
    const manifest = JSON.parse(readFileSync(path.join(series, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.episodes.map((e) => [e.id, e.previous?.id ?? null, e.next?.id ?? null])).toEqual([
      ['batch-drama-e01', null, 'batch-drama-e02'],
      ['batch-drama-e02', 'batch-drama-e01', null],
    ]);
    for (const episode of manifest.episodes) {
      const video = episode.platforms.tiktok!.video;
      expect(await sha256File(path.join(series, video.path))).toBe(video.sha256);
    }
  });

  it('skips everything up to date on the next run, without rendering', { timeout: LONG }, async () => {
    const again = await runBatchCli(args);
    expect(again.code).toBe(1);
    expect(summaryOf(again.stdout)).toEqual([
      'Batch: 3 episodes of Batch Drama (1 invalid, skipped before rendering)',
      'up to date  batch-drama-e01  The Parcel',
      'up to date  batch-drama-e02  The Drop',
      `failed      batch-drama-e04  ${typo.reason}`,
      `0 rendered, 2 skipped as up to date, 1 failed. Files and manifest.json in ${series} (tiktok)`,
    ]);
  });

  it('refuses queue-only options without --queue, before reading any job', async () => {
    const detached = await runBatchCli(['batch', jobs, '--detach']);
    expect(detached.code).toBe(1);
    expect(detached.stderr).toBe('--detach: only applies with --queue. Add --queue redis://host:port, or leave it out to render on this machine\n\n1 problem found; nothing was written.\n');
  });

  it('leaves rendering options to the workers when on a queue', async () => {
    const onQueue = await runBatchCli(['batch', jobs, '--queue', 'redis://127.0.0.1:6379', '--cache-dir', '/tmp/cache']);
    expect(onQueue.code).toBe(1);
    expect(onQueue.stderr).toBe('--cache-dir: is set by each worker when rendering on a queue. Leave it out here, and start workers with `cliffhanger worker --queue <url> --cache-dir …`\n\n1 problem found; nothing was written.\n');
  });

  it('names a mistyped series with a suggestion', async () => {
    const typoed = await runBatchCli(['batch', 'the-stolen-desing']);
    expect(typoed.code).toBe(1);
    expect(typoed.stderr).toBe('the-stolen-desing: is not an episode id, a series id or a .json job file. Did you mean "the-stolen-design"?\n\n1 problem found; nothing was written.\n');
  });
});
