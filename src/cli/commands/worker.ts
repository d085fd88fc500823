import type { Command } from 'commander';
import { hostname } from 'node:os';
import { CliffhangerError } from '../../errors';
import { PROJECT_ROOT, PUBLIC_DIR } from '../../render/paths';
import { removePendingOutputs } from '../../render/atomic-output';
import { connectQueue, queueUrl, shownUrl } from '../../batch/queue/connection';
import { DEFAULT_LOCK_DURATION_MS, DEFAULT_MAX_STALLED_COUNT, DEFAULT_STALLED_INTERVAL_MS, startWorker } from '../../batch/queue/worker';
import { wholeNumber } from '../options';
import { CODE_VERSION_ENV } from './publish';

/** Exit code of a worker stopped by a second Ctrl-C. */
const INTERRUPTED_EXIT_CODE = 130;

/** Options of `cliffhanger worker`. */
export type WorkerCommandOptions = {
  queue: string;
  cacheDir?: string;
  concurrency?: number;
  lockDuration?: number;
  stalledInterval?: number;
  maxStalled?: number;
  name?: string;
  browserExecutable?: string;
};

const log = (line: string): void => void process.stdout.write(`${new Date().toISOString()} ${line}\n`);

/** `cliffhanger worker --queue <url>`: renders episode jobs from the queue until stopped. */
export const workerCommand = async (options: WorkerCommandOptions): Promise<void> => {
  for (const [flag, value] of [['--concurrency', options.concurrency], ['--lock-duration', options.lockDuration], ['--stalled-interval', options.stalledInterval]] as const) {
    if (value !== undefined && value < 1) throw CliffhangerError.plain(flag, `must be 1 or more, but got ${value}`, `Pass ${flag} 1 or more`);
  }
  const connection = await connectQueue(options.queue);
  const name = options.name ?? `${hostname()}-${process.pid}`;
  const running = await startWorker({
    connection,
    projectRoot: PROJECT_ROOT,
    publicDir: PUBLIC_DIR,
    cacheDir: options.cacheDir,
    browserExecutable: options.browserExecutable,
    codeVersion: process.env[CODE_VERSION_ENV] || undefined,
    concurrency: options.concurrency ?? 1,
    lockDurationMs: options.lockDuration ?? DEFAULT_LOCK_DURATION_MS,
    stalledIntervalMs: options.stalledInterval ?? DEFAULT_STALLED_INTERVAL_MS,
    maxStalledCount: options.maxStalled ?? DEFAULT_MAX_STALLED_COUNT,
    name,
    log,
    warn: (message) => log(`warning: ${message}`),
  });
  log(`listening on ${shownUrl(options.queue)}; Ctrl-C finishes the running jobs and stops, twice stops at once`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (!stopping) {
        stopping = true;
        log(`${signal}: taking no more jobs; finishing the running ones (${signal} again stops at once)`);
        void running.close().then(resolve);
        return;
      }
      log(`${signal}: stopping now; running jobs go back to the queue when their locks expire`);
      removePendingOutputs();
      void running.close(true).finally(() => process.exit(INTERRUPTED_EXIT_CODE));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
};

/** Adds `worker` to the program. */
export const registerWorker = (program: Command): void => {
  program
    .command('worker')
    .description('render episode jobs that `cliffhanger batch --queue` enqueues, on this machine, until stopped (run one per machine)')
    .requiredOption('--queue <url>', 'the Redis the batches enqueue on (redis://host:port)', queueUrl)
    .option('--cache-dir <dir>', 'segment cache folder, shared by workers on a shared disk (default: $CLIFFHANGER_CACHE_DIR, then .cliffhanger-cache/ in the project)')
    .option('--concurrency <n>', 'episodes rendered at once, sharing one browser (default 1: fastest on 2 cores)', wholeNumber)
    .option('--lock-duration <ms>', `how long a job stays this worker's without a lock renewal; a dead worker's job is taken over after this plus --stalled-interval (default ${DEFAULT_LOCK_DURATION_MS})`, wholeNumber)
    .option('--stalled-interval <ms>', `how often this worker looks for jobs whose worker died (default ${DEFAULT_STALLED_INTERVAL_MS})`, wholeNumber)
    .option('--max-stalled <n>', `times a job is taken over from a dead worker before it fails (default ${DEFAULT_MAX_STALLED_COUNT})`, wholeNumber)
    .option('--name <name>', 'shown in logs and recorded on each job it renders (default: <hostname>-<pid>)')
    .option('--browser-executable <path>', 'Chrome/Chromium to use (default: $CLIFFHANGER_BROWSER, then a system Chromium)')
    .action((options: WorkerCommandOptions) => workerCommand(options));
};
