import type { Command } from 'commander';
import type { RedisOptions } from 'bullmq';
import path from 'node:path';
import { PLATFORMS, type Platform } from '../../schema';
import { CliffhangerError } from '../../errors';
import { PROJECT_ROOT, PUBLIC_DIR } from '../../render/paths';
import { removePendingOutputs } from '../../render/atomic-output';
import { collectBatch, type BatchPlan } from '../../batch/collect';
import { createRunner } from '../../batch/context';
import { assembleManifest } from '../../batch/entries';
import { runLocal } from '../../batch/run-local';
import { reasonOfProblems, type JobResult } from '../../batch/results';
import { summaryLines } from '../../batch/summary';
import { connectQueue, queueUrl, shownUrl } from '../../batch/queue/connection';
import { enqueueAndWait, enqueueDetached } from '../../batch/queue/enqueue';
import { QUEUE_NAME } from '../../batch/queue/names';
import { createBatchProgress } from '../batch-progress';
import { loadProject } from '../context';
import { onInterrupt } from '../interrupt';
import { wholeNumber } from '../options';
import { CODE_VERSION_ENV, platformList } from './publish';

// Tuning for --queue: tries per job (a render that fails for a passing reason, a worker that ran out of memory) and
// the first retry's delay, doubled each time: 30 s, then 60 s gives a restarted machine or a full disk time to recover.
const DEFAULT_ATTEMPTS = 3;
const DEFAULT_BACKOFF_MS = 30_000;

/** Options of `cliffhanger batch`. */
export type BatchCommandOptions = {
  platforms?: Platform[];
  out?: string;
  queue?: string;
  concurrency?: number;
  detach?: boolean;
  attempts?: number;
  backoff?: number;
  force?: boolean;
  scratchVoices?: boolean;
  cacheDir?: string;
  browserExecutable?: string;
};

const positive = (name: string, value: number | undefined): void => {
  if (value !== undefined && value < 1) throw CliffhangerError.plain(name, `must be 1 or more, but got ${value}`, `Pass ${name} 1 or more`);
};

const checkOptions = (options: BatchCommandOptions): void => {
  positive('--concurrency', options.concurrency);
  positive('--attempts', options.attempts);
  if (options.queue === undefined) {
    const queueOnly = (['detach', 'attempts', 'backoff'] as const).filter((k) => options[k] !== undefined);
    if (queueOnly.length > 0) throw CliffhangerError.plain(`--${queueOnly[0]}`, 'only applies with --queue', 'Add --queue redis://host:port, or leave it out to render on this machine');
  } else {
    // With a queue the workers render: these are theirs to set (`cliffhanger worker --concurrency/--cache-dir/--browser-executable`).
    const workerOnly = ([['concurrency', '--concurrency'], ['cacheDir', '--cache-dir'], ['browserExecutable', '--browser-executable']] as const).find(([k]) => options[k] !== undefined);
    if (workerOnly) throw CliffhangerError.plain(workerOnly[1], 'is set by each worker when rendering on a queue', `Leave it out here, and start workers with \`cliffhanger worker --queue <url> ${workerOnly[1]} …\``);
  }
};

const failuresOf = (plan: BatchPlan): JobResult[] => plan.failures.map((f) => ({ id: f.id, file: f.file, status: 'failed', reason: reasonOfProblems(f.problems) }));

/** Runs the jobs on this machine (the default) and returns their results. */
const runHere = async (plan: BatchPlan, options: BatchCommandOptions): Promise<JobResult[]> => {
  const warnings: string[] = [];
  const runner = createRunner({ projectRoot: PROJECT_ROOT, publicDir: PUBLIC_DIR, cacheDir: options.cacheDir, browserExecutable: options.browserExecutable, codeVersion: process.env[CODE_VERSION_ENV] || undefined, warn: (m) => warnings.push(m) });
  onInterrupt(() => runner.close());
  const progress = createBatchProgress({ total: plan.jobs.length + plan.failures.length, failedBefore: plan.failures.length });
  try {
    return await runLocal({ jobs: plan.jobs, concurrency: options.concurrency ?? 1, context: runner.context, observer: progress });
  } finally {
    progress.stop();
    await runner.close();
    for (const warning of new Set(warnings)) process.stderr.write(`${warning}\n`);
  }
};

/** Puts the jobs on BullMQ and, unless detached, follows them to the end. */
const runOnQueue = async (plan: BatchPlan, url: string, connection: RedisOptions, options: BatchCommandOptions): Promise<JobResult[] | null> => {
  const enqueue = { connection, jobs: plan.jobs, attempts: options.attempts ?? DEFAULT_ATTEMPTS, backoffMs: options.backoff ?? DEFAULT_BACKOFF_MS };
  if (plan.jobs.length === 0) return [];
  if (options.detach) {
    const ids = await enqueueDetached(enqueue);
    process.stdout.write(`Enqueued ${ids.length} episode${ids.length === 1 ? '' : 's'} on ${QUEUE_NAME} at ${shownUrl(url)} (jobs ${ids[0]} …); workers render them (cliffhanger worker --queue ${shownUrl(url)}).\n`);
    return null;
  }
  process.stdout.write(`Enqueued ${plan.jobs.length} episode${plan.jobs.length === 1 ? '' : 's'} on ${QUEUE_NAME} at ${shownUrl(url)}; waiting for workers (Ctrl-C stops waiting, not the jobs).\n`);
  const progress = createBatchProgress({ total: plan.jobs.length + plan.failures.length, failedBefore: plan.failures.length });
  try {
    return await enqueueAndWait({ ...enqueue, observer: progress });
  } finally {
    progress.stop();
  }
};

/** `cliffhanger batch <series | folder>`: every episode and deliverable, checked first, resumable, here or on a queue. */
export const batchCommand = async (name: string, options: BatchCommandOptions): Promise<void> => {
  checkOptions(options);
  // Reach the queue before checking episodes, so a wrong URL costs nothing.
  const connection = options.queue === undefined ? null : await connectQueue(options.queue);
  const outRoot = path.resolve(options.out ?? path.join('out', 'publish'));
  const warnings: string[] = [];
  const plan = await collectBatch({ name, outRoot, platforms: options.platforms, force: options.force ?? false, scratchVoices: options.scratchVoices ?? true, catalog: loadProject, publicDir: PUBLIC_DIR, warn: (m) => warnings.push(m) });
  for (const warning of new Set(warnings)) process.stderr.write(`${warning}\n`);
  const episodes = plan.jobs.length + plan.failures.length;
  const titles = plan.series.map((s) => s.title).join(', ') || name;
  process.stdout.write(`Batch: ${episodes} episode${episodes === 1 ? '' : 's'} of ${titles}${plan.failures.length > 0 ? ` (${plan.failures.length} invalid, skipped before rendering)` : ''}\n`);
  const ran = options.queue === undefined || connection === null ? await runHere(plan, options) : await runOnQueue(plan, options.queue, connection, options);
  if (ran === null) {
    for (const line of summaryLines({ results: failuresOf(plan), series: [] }).slice(0, -1)) process.stdout.write(`${line}\n`);
    if (plan.failures.length > 0) process.exitCode = 1;
    return;
  }
  for (const series of plan.series) await assembleManifest(series.outDir);
  // What SIGKILL left behind is cleaned per episode when it runs again; anything still pending here is this run's.
  removePendingOutputs();
  const results = [...failuresOf(plan), ...ran];
  for (const line of summaryLines({ results, series: plan.series })) process.stdout.write(`${line}\n`);
  if (results.some((r) => r.status === 'failed')) process.exitCode = 1;
};

/** Adds `batch` to the program. */
export const registerBatch = (program: Command): void => {
  program
    .command('batch')
    .description('render every episode of a series (or a folder of JSON jobs) and its deliverables: checked first, resumable, on this machine or on workers through a Redis queue')
    .argument('<series | folder>', 'series id, a folder of .json jobs ({ series, episode } each), or one .json job or series file')
    .option('--platforms <list>', `comma-separated: ${PLATFORMS.join(', ')} (default: each series' platforms)`, platformList)
    .option('-o, --out <dir>', 'output folder; each series goes to <dir>/<series-id>/ (default: out/publish)')
    .option('--queue <url>', 'enqueue on BullMQ at this Redis (redis://host:port) for `cliffhanger worker`s instead of rendering here', queueUrl)
    .option('--detach', 'with --queue: enqueue and exit, without waiting for the results')
    .option('--attempts <n>', `with --queue: tries per episode before it fails (default ${DEFAULT_ATTEMPTS})`, wholeNumber)
    .option('--backoff <ms>', `with --queue: wait before the first retry, doubled for each next one (default ${DEFAULT_BACKOFF_MS})`, wholeNumber)
    .option('--concurrency <n>', 'episodes rendered at once on this machine, sharing one browser (default 1: fastest on 2 cores)', wholeNumber)
    .option('--force', 'make every file again, even those that are up to date')
    .option('--no-scratch-voices', 'leave lines without a recording silent instead of speaking them with espeak-ng')
    .option('--cache-dir <dir>', 'segment cache folder (default: $CLIFFHANGER_CACHE_DIR, then .cliffhanger-cache/ in the project)')
    .option('--browser-executable <path>', 'Chrome/Chromium to use (default: $CLIFFHANGER_BROWSER, then a system Chromium)')
    .action((target: string, options: BatchCommandOptions) => batchCommand(target, options));
};
