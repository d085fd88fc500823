import { conventionalSceneFiles } from '../project';
import type { FieldProblem, Problem } from '../errors';

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

/** Names the scene file each problem of a job's props belongs to: series fields in series.ts, episode fields in eNN.ts. */
export const problemsInFiles = (props: unknown, problems: readonly FieldProblem[]): Problem[] => {
  const seriesId = field(field(props, 'series'), 'id');
  const number = field(field(props, 'episode'), 'number');
  const series = typeof seriesId === 'string' && seriesId !== '' ? seriesId : '<series>';
  return problems.map((problem) => {
    const [head, ...rest] = problem.path;
    if (head === 'series') return { ...problem, file: conventionalSceneFiles.series(series), path: rest };
    if (head === 'episode' && typeof number === 'number') return { ...problem, file: conventionalSceneFiles.episode(series, number), path: rest };
    if (head === 'episode') return { ...problem, file: `scenes/${series}/<episode>`, path: rest };
    return { ...problem, file: 'props' };
  });
};
