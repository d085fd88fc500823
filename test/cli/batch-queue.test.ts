import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectQueue } from '../../src/batch/queue/connection';
import { JOB_NAME, QUEUE_NAME } from '../../src/batch/queue/names';
import type { Manifest } from '../../src/publish/manifest';
import { startRedis, type TestRedis } from '../redis-server';
import { tempDir } from './run-cli';
import { COMPLETE_EPISODE, EPISODES, copyJobs, expectedFiles, filesUnder, killGroup, probeVideo, runBatchCli, spawnCli, summaryOf, typoJob, untimed, waitFor } from './batch-helpers';

const LONG = 900_000;
// Short locks so a killed worker's job is taken over within seconds (the defaults are 60 s and 30 s).
const LOCKS = ['--lock-duration', '10000', '--stalled-interval', '5000'];

describe('cliffhanger worker and batch --queue, on a real Redis', () => {
  const work = tempDir();
  const cache = path.join(work, 'shared-cache');
  let redis: TestRedis;
  let queue: Queue;
  const workers = new Map<string, ReturnType<typeof spawnCli>>();

  const startWorker = async (name: string): Promise<void> => {
    const worker = spawnCli(['worker', '--queue', redis.url, '--cache-dir', cache, '--name', name, ...LOCKS]);
    workers.set(name, worker);
    await waitFor(`${name} to be ready`, () => worker.output().includes('listening on'), LONG);
  };

  beforeAll(async () => {
    redis = await startRedis();
    queue = new Queue(QUEUE_NAME, { connection: await connectQueue(redis.url) });
    // One after the other: the first bundles into the shared cache, the second finds the bundle there.
    await startWorker('worker-a');
    await startWorker('worker-b');
  }, LONG);

  afterAll(async () => {
    for (const worker of workers.values()) killGroup(worker.child);
    await queue?.close();
    await redis?.stop();
  });

  it('says so in one line when Redis cannot be reached, before enqueueing anything', async () => {
    const jobs = copyJobs(path.join(work, 'jobs-unreachable'), { files: ['e01.json'] });
    const result = await runBatchCli(['batch', jobs, '--out', path.join(work, 'out-unreachable'), '--queue', 'redis://127.0.0.1:1', '--no-scratch-voices']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('redis://127.0.0.1:1: could not be reached: connect ECONNREFUSED 127.0.0.1:1. Start Redis there (`redis-server`; scripts/ensure-redis.sh installs it on Debian/Ubuntu) or fix the --queue URL\n\n1 problem found; nothing was written.\n');
    expect(filesUnder(path.join(work, 'out-unreachable'))).toEqual([]);
  });

  it('two workers render a series; a poison job fails once with its reason and blocks nothing', { timeout: LONG }, async () => {
    const jobs = copyJobs(path.join(work, 'jobs'));
    const typo = typoJob(jobs);
    // Sent by something other than `batch` (which checks first): well formed, but its episode names no character of the bible.
    const poisonData = { version: 1, id: 'batch-drama-e09', file: 'poison.json', source: 'job-file', input: JSON.parse(readFileSync(typo.file, 'utf8')) as unknown, seriesFile: 'poison.json', outDir: path.join(work, 'poison'), platforms: ['tiktok'], previous: null, next: null, force: false, scratchVoices: false };
    const poison = await queue.add(JOB_NAME, poisonData, { attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
    const out = path.join(work, 'out');
    const series = path.join(out, 'batch-drama');
    const batch = await runBatchCli(['batch', jobs, '--out', out, '--queue', redis.url, '--no-scratch-voices']);
    expect(batch.code).toBe(1);
    expect(summaryOf(batch.stdout).map(untimed)).toEqual([
      'Batch: 4 episodes of Batch Drama (1 invalid, skipped before rendering)',
      `Enqueued 3 episodes on cliffhanger-episodes at ${redis.url}; waiting for workers (Ctrl-C stops waiting, not the jobs).`,
      'rendered    batch-drama-e01  The Parcel (45 frames; … s)',
      'rendered    batch-drama-e02  The Drop (45 frames; … s)',
      'rendered    batch-drama-e03  The Door (45 frames; … s)',
      `failed      batch-drama-e04  ${typo.reason}`,
      `3 rendered, 0 skipped as up to date, 1 failed. Files and manifest.json in ${series} (tiktok)`,
    ]);
    expect(filesUnder(series)).toEqual(expectedFiles(EPISODES));
    for (const id of EPISODES) expect(await probeVideo(path.join(series, 'tiktok', `${id}.mp4`))).toEqual(COMPLETE_EPISODE);

    const completed = (await queue.getCompleted()).filter((j) => (j.data as { outDir?: string }).outDir === series);
    expect(completed.map((j) => (j.data as { id: string }).id).sort()).toEqual([...EPISODES]);
    expect(new Set(completed.map((j) => j.processedBy))).toEqual(new Set(['worker-a', 'worker-b']));

    const failed = (await queue.getJob(poison.id!))!;
    expect(await failed.getState()).toBe('failed');
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toBe('poison.json: episode.beats[0].characters[0] must be a character of the series (ada), but got "adda". Did you mean "ada"?');
    expect(filesUnder(path.join(work, 'poison'))).toEqual([]);
  });

  it('a worker killed mid-render leaves every output complete and none twice; its job is taken over', { timeout: LONG }, async () => {
    // New text, so the segment cache has none of these frames and the killed worker is caught rendering.
    const jobs = copyJobs(path.join(work, 'jobs-2'), { files: ['e01.json', 'e02.json'], edit: (e) => (e.beats[0]!.shot.description += ' It is raining now.') });
    const out = path.join(work, 'out-2');
    const series = path.join(out, 'batch-drama');
    const ids = ['batch-drama-e01', 'batch-drama-e02'];
    const batch = spawnCli(['batch', jobs, '--out', out, '--queue', redis.url, '--no-scratch-voices']);
    const victim = workers.get('worker-a')!;
    const logBefore = victim.output().length;
    let jobId = '';
    await waitFor('worker-a to start a job of this batch', () => {
      jobId = /batch-drama-e0\d started \(job (\S+), attempt 1 of 3\)/.exec(victim.output().slice(logBefore))?.[1] ?? '';
      return jobId !== '';
    }, LONG);
    await waitFor('worker-a to render frames of it', async () => {
      const progress = (await queue.getJob(jobId))?.progress as { stage?: string; done?: number } | undefined;
      return progress?.stage === 'rendering' && (progress.done ?? 0) > 0;
    }, LONG);
    killGroup(victim.child);
    const code = await batch.exited;
    expect(batch.output()).toContain('2 rendered, 0 skipped as up to date, 0 failed.');
    expect(code).toBe(0);
    expect(filesUnder(series)).toEqual(expectedFiles(ids));
    for (const id of ids) {
      expect(await probeVideo(path.join(series, 'tiktok', `${id}.mp4`))).toEqual(COMPLETE_EPISODE);
      expect(await probeVideo(path.join(series, '.masters', `${id}.mp4`))).toEqual(COMPLETE_EPISODE);
    }
    const manifest = JSON.parse(readFileSync(path.join(series, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.episodes.map((e) => e.id)).toEqual(ids);
    const taken = (await queue.getJob(jobId))!;
    expect(await taken.getState()).toBe('completed');
    expect(taken.processedBy).toBe('worker-b');
    expect(taken.attemptsStarted).toBe(2);
  });
});
