import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents, type RedisOptions } from 'bullmq';
import type { EpisodeJobData } from '../job-data';
import type { FrameProgress } from '../master-renderer';
import type { EpisodeOutcome } from '../run-episode';
import type { BatchObserver, JobResult } from '../results';
import { JOB_NAME, QUEUE_NAME } from './names';

/** Finished and failed jobs stay in Redis this long (for `--detach` runs to be looked up), then BullMQ drops them. */
const KEEP_SECONDS = 7 * 24 * 3600;

/** How a batch puts its jobs on BullMQ. */
export type EnqueueOptions = {
  readonly connection: RedisOptions;
  readonly jobs: readonly EpisodeJobData[];
  /** Tries per job, the first included; a job that fails because its input is wrong is never retried. */
  readonly attempts: number;
  /** Exponential backoff: a retry waits backoffMs, then 2×, 4×… */
  readonly backoffMs: number;
};

const isProgress = (value: unknown): value is FrameProgress =>
  value !== null && typeof value === 'object' && typeof (value as FrameProgress).done === 'number' && typeof (value as FrameProgress).total === 'number';

/** The id of each job: unique per batch run, readable in Redis and in worker logs. */
const jobIdsOf = (jobs: readonly EpisodeJobData[]): string[] => {
  const run = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  return jobs.map((job) => `${run}-${job.id}`);
};

const add = async (queue: Queue, { jobs, attempts, backoffMs }: EnqueueOptions, ids: readonly string[]) =>
  queue.addBulk(
    jobs.map((data, i) => ({
      name: JOB_NAME,
      data,
      opts: { jobId: ids[i], attempts, backoff: { type: 'exponential', delay: backoffMs }, removeOnComplete: { age: KEEP_SECONDS }, removeOnFail: { age: KEEP_SECONDS } },
    })),
  );

/** Enqueues a batch and returns at once with the job ids (`--detach`): workers render it, whoever waits or not. */
export const enqueueDetached = async (options: EnqueueOptions): Promise<string[]> => {
  const queue = new Queue(QUEUE_NAME, { connection: options.connection });
  try {
    const ids = jobIdsOf(options.jobs);
    await add(queue, options, ids);
    return ids;
  } finally {
    await queue.close();
  }
};

/**
 * Enqueues a batch and follows it through BullMQ's events until every job completed or failed for good (after its
 * retries), reporting each job's progress as the worker running it publishes it.
 */
export const enqueueAndWait = async (options: EnqueueOptions & { readonly observer: BatchObserver }): Promise<JobResult[]> => {
  const { jobs, observer } = options;
  const queue = new Queue(QUEUE_NAME, { connection: options.connection });
  const events = new QueueEvents(QUEUE_NAME, { connection: options.connection });
  try {
    await events.waitUntilReady();
    const ids = jobIdsOf(jobs);
    const episodeOf = new Map(ids.map((id, i) => [id, jobs[i]!]));
    events.on('active', ({ jobId }) => {
      const job = episodeOf.get(jobId);
      if (job) observer.started(job.id);
    });
    events.on('progress', ({ jobId, data }) => {
      const job = episodeOf.get(jobId);
      if (job && isProgress(data)) observer.progress(job.id, data);
    });
    const added = await add(queue, options, ids);
    return await Promise.all(
      added.map(async (job, i): Promise<JobResult> => {
        const data = jobs[i]!;
        let result: JobResult;
        try {
          const outcome = (await job.waitUntilFinished(events)) as EpisodeOutcome;
          result = { ...outcome, file: data.file };
        } catch (error) {
          result = { id: data.id, file: data.file, status: 'failed', reason: error instanceof Error ? error.message : String(error) };
        }
        observer.finished(result);
        return result;
      }),
    );
  } finally {
    await events.close();
    await queue.close();
  }
};
