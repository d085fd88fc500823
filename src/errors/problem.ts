/** A field path as zod reports it. */
export type FieldPath = readonly PropertyKey[];

/** Something wrong at a field: what was expected and found, and how to fix it. */
export type FieldProblem = {
  readonly path: FieldPath;
  readonly message: string;
  readonly fix?: string;
};

/** One thing wrong with a user's input: the file, the field, what was expected and found, and how to fix it. */
export type Problem = FieldProblem & { readonly file: string };

/** Attaches a file name to field problems, dropping a leading path prefix the file makes implicit. */
export const inFile = (file: string, problems: readonly FieldProblem[], dropPrefix = 0): Problem[] =>
  problems.map((problem) => ({ ...problem, file, path: problem.path.slice(dropPrefix) }));

/** Formats a field path the way authors write it: `beats[3].dialogue[0].speaker`. */
export const formatPath = (path: FieldPath): string =>
  path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');

/** One line per problem: `file: path message. fix` */
export const formatProblem = (problem: Problem): string => {
  const where = problem.path.length > 0 ? `${problem.file}: ${formatPath(problem.path)} ` : `${problem.file}: `;
  return `${where}${problem.message}${problem.fix ? `. ${problem.fix}` : ''}`;
};
