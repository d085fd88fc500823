import { formatProblem, isCliffhangerError } from '../errors';

/** Prints a failure and returns the exit code: a user's mistake gets its problems and no stack trace; a bug gets the stack. */
export const reportFailure = (error: unknown): number => {
  if (isCliffhangerError(error)) {
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    const count = error.problems.length;
    process.stderr.write(`\n${count} problem${count === 1 ? '' : 's'} found; nothing was written.\n`);
    return 1;
  }
  process.stderr.write(`Unexpected error (a bug in cliffhanger; please report it with this output):\n`);
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
};
