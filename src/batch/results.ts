import { formatProblem, isCliffhangerError, type Problem } from '../errors';
import type { FrameProgress } from './master-renderer';
import type { EpisodeOutcome } from './run-episode';

/** How one episode of a batch ended. */
export type JobResult =
  | (EpisodeOutcome & { readonly file: string })
  | { readonly id: string; readonly file: string; readonly status: 'failed'; readonly reason: string };

/** What a batch shows while it runs: the in-process queue and BullMQ's events both drive it. */
export type BatchObserver = {
  readonly started: (id: string) => void;
  readonly progress: (id: string, progress: FrameProgress) => void;
  readonly finished: (result: JobResult) => void;
};

/** The reason a job failed, as the summary shows it: the user's mistakes one line each, a bug named as one. */
export const reasonOf = (error: unknown): string => {
  if (isCliffhangerError(error)) return error.problems.map(formatProblem).join('\n');
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error (a bug in cliffhanger; please report it with this message): ${message}`;
};

/** The reason of problems found before anything ran. */
export const reasonOfProblems = (problems: readonly Problem[]): string => problems.map(formatProblem).join('\n');
