import path from 'node:path';
import type { BatchSeries } from './collect';
import type { JobResult } from './results';

const STATUS_WIDTH = 'up to date'.length;

const label = (result: JobResult): string => (result.status === 'up-to-date' ? 'up to date' : result.status).padEnd(STATUS_WIDTH);

const shownDir = (dir: string): string => {
  const relative = path.relative(process.cwd(), dir);
  return relative === '' ? '.' : relative.startsWith('..') ? dir : relative;
};

const detail = (result: JobResult): string => {
  if (result.status === 'failed') return '';
  if (result.status === 'up-to-date') return `  ${result.title}`;
  const cached = result.renderedFrames < result.durationInFrames ? `, ${result.renderedFrames} rendered, the rest from the segment cache` : '';
  return `  ${result.title} (${result.durationInFrames} frames${cached}; ${result.seconds} s)`;
};

/**
 * The summary a batch prints: one line per episode (sorted by id) with what happened, a failure's reasons under it
 * one per line, then the counts and where the files are.
 */
export const summaryLines = ({ results, series }: { results: readonly JobResult[]; series: readonly BatchSeries[] }): string[] => {
  const width = Math.max(0, ...results.map((r) => r.id.length));
  const lines = [...results]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((r) => {
      const head = `${label(r)}  ${r.id.padEnd(width)}`;
      if (r.status !== 'failed') return [`${head}${detail(r)}`.trimEnd()];
      const [first = '', ...rest] = r.reason.split('\n');
      return [`${head}  ${first}`, ...rest.map((line) => `${' '.repeat(head.length + 2)}${line}`)];
    });
  const count = (status: JobResult['status']): number => results.filter((r) => r.status === status).length;
  const where = series.map((s) => `${shownDir(s.outDir)} (${s.platforms.join(', ')})`).join('; ');
  lines.push(`${count('rendered')} rendered, ${count('up-to-date')} skipped as up to date, ${count('failed')} failed.${where ? ` Files and manifest.json in ${where}` : ''}`);
  return lines;
};
