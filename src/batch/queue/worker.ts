import { UnrecoverableError, Worker, type Job, type RedisOptions } from 'bullmq';
import { cachedBundle } from '../../render/segments/bundle-cache';
import { openRenderCache } from '../../render/segments';
import { ENTRY_POINT, PROJECT_ROOT, PUBLIC_DIR } from '../../render/paths';
import { isCliffhangerError } from '../../errors';
import { createRunner, type RunnerOptions } from '../context';
import { assembleManifest } from '../entries';
import { parseJobData } from '../job-data';
import type { FrameProgress } from '../master-renderer';
import { reasonOf } from '../results';
import { runEpisodeJob, type EpisodeOutcome } from '../run-episode';
import { QUEUE_NAME } from './names';

// Tuning: a worker renews its lock on a job every lockDuration / 2. A worker that stops renewing it (killed, machine
// lost, network gone) has its job moved back to waiting by another worker's stalled check, at most
// lockDuration + stalledInterval later. Shorter recovers faster; too short and a busy event loop (a cold bundle)
// loses locks of live jobs, which are then rendered twice. maxStalledCount: recoveries before a job is failed
// (a job that kills every worker that takes it must not go round forever).
export const DEFAULT_LOCK_DURATION_MS = 60_000;
export const DEFAULT_STALLED_INTERVAL_MS = 30_000;
export const DEFAULT_MAX_STALLED_COUNT = 2;
/** Progress updates sent to Redis per job at most this often. */
const PROGRESS_INTERVAL_MS = 500;

/** Options of `cliffhanger worker`. */
export type WorkerOptions = RunnerOptions & {
  readonly connection: RedisOptions;
  /** Jobs rendered at once by this worker (sharing one browser). */
  readonly concurrency: number;
  readonly lockDurationMs: number;
  readonly stalledIntervalMs: number;
  readonly maxStalledCount: number;
  /** Recorded on every job it takes (BullMQ's processedBy), and shown in its log. */
  readonly name: string;
  readonly log: (line: string) => void;
};

/** A running worker. */
export type RunningWorker = {
  readonly worker: Worker;
  /** Stops taking jobs; `force` also abandons running ones (other workers recover them once their locks expire). */
  readonly close: (force?: boolean) => Promise<void>;
};

const throttled = (send: (progress: FrameProgress) => void): ((progress: FrameProgress) => void) => {
  let last = 0;
  let stage = '';
  return (progress) => {
    const now = Date.now();
    if (progress.stage === stage && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    stage = progress.stage;
    send(progress);
  };
};

/**
 * Starts a BullMQ worker that renders episode jobs: retried with backoff when a render fails, never retried when the
 * job itself is wrong (UnrecoverableError, with every reason), and recovered by another worker when this one dies.
 */
export const startWorker = async (options: WorkerOptions): Promise<RunningWorker> => {
  const { log } = options;
  const runner = createRunner(options);
  // Bundle before taking a job: bundling holds the event loop for seconds, which must not starve a job's lock renewal.
  await cachedBundle({ cache: openRenderCache(runner.cacheDir), root: PROJECT_ROOT, entryPoint: ENTRY_POINT, publicDir: PUBLIC_DIR });
  const processor = async (job: Job): Promise<EpisodeOutcome> => {
    let data;
    try {
      data = parseJobData(job.data, `job ${job.id ?? '?'}`);
    } catch (error) {
      throw new UnrecoverableError(reasonOf(error));
    }
    log(`${data.id} started (job ${job.id}, attempt ${job.attemptsStarted} of ${job.opts.attempts ?? 1})`);
    try {
      const send = throttled((progress) => void job.updateProgress(progress).catch(() => undefined));
      const outcome = await runEpisodeJob(data, runner.context, send);
      await assembleManifest(data.outDir);
      return outcome;
    } catch (error) {
      if (isCliffhangerError(error)) throw new UnrecoverableError(reasonOf(error));
      throw error;
    }
  };
  const worker = new Worker(QUEUE_NAME, processor, {
    connection: options.connection,
    concurrency: options.concurrency,
    lockDuration: options.lockDurationMs,
    stalledInterval: options.stalledIntervalMs,
    maxStalledCount: options.maxStalledCount,
    name: options.name,
    autorun: false,
  });
  worker.on('error', (error) => log(`error: ${error.message}`));
  worker.on('completed', (job, outcome: EpisodeOutcome) => log(`${outcome.id} ${outcome.status === 'rendered' ? 'rendered' : 'up to date'} in ${outcome.seconds} s (job ${job.id})`));
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    log(`${(job.data as { id?: string }).id ?? job.id} failed${final ? '' : ', will retry'} (job ${job.id}, attempt ${job.attemptsStarted}): ${error.message.split('\n').join(' | ')}`);
  });
  await worker.waitUntilReady();
  log(`worker ${options.name} ready: ${QUEUE_NAME}, ${options.concurrency} job(s) at a time, segment cache ${runner.cacheDir}`);
  void worker.run();
  return {
    worker,
    close: async (force = false) => {
      if (force) await runner.close();
      await worker.close(force);
      await runner.close();
    },
  };
};
