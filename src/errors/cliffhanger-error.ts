import { formatProblem, type Problem } from './problem';

/** A user's mistake: printed as one line per problem, exit code 1, no stack trace. */
export class CliffhangerError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'CliffhangerError';
    this.problems = problems;
  }

  /** A single problem that is not about a field (a missing file, an unknown id). */
  static plain(file: string, message: string, fix?: string): CliffhangerError {
    return new CliffhangerError([{ file, path: [], message, fix }]);
  }
}

/** Whether an error is a user's mistake rather than a bug. */
export const isCliffhangerError = (error: unknown): error is CliffhangerError => error instanceof CliffhangerError;
