import type { FieldProblem, Problem } from '../errors';
import { conventionalSceneFiles } from './catalog';

/**
 * Names the file each problem of a job belongs to: for a catalog episode, series fields in series.ts and episode fields
 * in the episode's file (paths relative to them); a JSON job file keeps its whole paths.
 */
export const placeProblems = ({ problems, file, seriesId, source }: { problems: readonly FieldProblem[]; file: string; seriesId: string; source: 'catalog' | 'job-file' }): Problem[] =>
  problems.map((problem) => {
    if (source === 'job-file') return { ...problem, file };
    const [head, ...rest] = problem.path;
    return head === 'series' ? { ...problem, file: conventionalSceneFiles.series(seriesId), path: rest } : { ...problem, file, path: rest };
  });
