export { formatPath, formatProblem, inFile } from './problem';
export type { Problem, FieldProblem, FieldPath } from './problem';
export { CliffhangerError, isCliffhangerError } from './cliffhanger-error';
export { problemsFromZod, describeValue } from './from-zod';
export { didYouMean, closestMatch } from './did-you-mean';
