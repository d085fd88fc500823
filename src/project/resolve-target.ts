import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CliffhangerError, didYouMean, inFile, type Problem } from '../errors';
import { checkJob } from '../validate';
import { checkMedia } from '../validate/check-media';
import { checkCaptionFile } from '../captions/node/read-caption-file';
import { episodeId } from '../timeline';
import type { EpisodeJob } from '../schema';
import type { EpisodeAssets } from '../media/assets';
import type { Catalog } from './catalog';
import { placeProblems } from './place-problems';

/** One episode ready to validate or render, from the catalog or from a JSON job file. */
export type EpisodeTarget = {
  readonly id: string;
  readonly file: string;
  /** The composition that draws it: its own for catalog episodes, the generic job composition for JSON files. */
  readonly source: 'catalog' | 'job-file';
  readonly input: Readonly<Record<string, unknown>>;
  readonly job: EpisodeJob | null;
  readonly problems: readonly Problem[];
  /** The files it plays, found and measured by probeTargets (src/media) before rendering; also in `input.assets`. */
  readonly assets?: EpisodeAssets;
};

/** Whether a prefix of a JSON text could still be completed into valid JSON. */
const isViablePrefix = (prefix: string): boolean => {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(message);
    return /end of JSON input/.test(message) || (position !== null && Number(position[1]) >= prefix.length);
  }
};

/** Where a JSON text stops being valid. Searched for, because V8 gives no position for "Unexpected token" errors. */
const errorOffset = (text: string): number => {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (isViablePrefix(text.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
};

const lineAndColumn = (text: string): string => {
  const before = text.slice(0, errorOffset(text));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
};

/** V8's reason without its position or its copy of the text, which can span many lines. */
const jsonReason = (message: string): string =>
  message.replace(/ in JSON at position \d+[\s\S]*$/, '').replace(/ at position \d+[\s\S]*$/, '').replace(/, [\s\S]* is not valid JSON$/, '');

/** The id an invalid job would have, as far as it can be read: `<series-id>-eNN`, with "job" and "?" for what is missing. */
const idOfInvalidJob = (input: unknown): string => {
  const record = (input ?? {}) as { series?: { id?: unknown }; episode?: { number?: unknown } };
  const seriesId = String(record.series?.id ?? 'job');
  const number = record.episode?.number;
  return typeof number === 'number' ? episodeId(seriesId, number) : `${seriesId}-e?`;
};

/** Reads and checks a self-contained JSON job ({ series, episode }), as a render server receives it. */
export const readJobFile = (file: string, publicDir: string): EpisodeTarget => {
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith('..') ? relative : file;
  if (!existsSync(file)) throw CliffhangerError.plain(shown, 'does not exist', 'Check the path');
  const text = readFileSync(file, 'utf8');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw CliffhangerError.plain(shown, `is not valid JSON${lineAndColumn(text)}: ${jsonReason(message)}`, 'Fix the syntax (a trailing comma or a missing quote is the usual cause)');
  }
  const check = checkJob(input);
  const problems = check.job
    ? [...inFile(shown, checkMedia({ job: check.job, publicDir })), ...checkCaptionFile({ job: check.job, publicDir, episodeFile: shown, pathPrefix: ['episode'] })]
    : inFile(shown, check.problems);
  const id = check.job ? episodeId(check.job.series.id, check.job.episode.number) : idOfInvalidJob(input);
  return { id, file: shown, source: 'job-file', input: input as Record<string, unknown>, job: problems.length > 0 ? null : check.job, problems };
};

/** Finds what a command names: a JSON job file, an episode id or a series id. */
export const resolveTargets = ({ name, catalog, publicDir }: { name: string; catalog: Catalog; publicDir: string }): EpisodeTarget[] => {
  if (name.endsWith('.json')) return [readJobFile(path.resolve(name), publicDir)];
  const episodes = catalog.episodes.filter((e) => e.id === name || e.seriesId === name);
  if (episodes.length === 0) {
    const ids = [...new Set(catalog.episodes.flatMap((e) => [e.id, e.seriesId]))];
    throw CliffhangerError.plain(
      name,
      `is not an episode id, a series id or a .json job file`,
      didYouMean(name, ids) ??
        (ids.length === 0
          ? 'scenes/index.ts lists no series yet: add one there, or pass a .json job file'
          : `Run \`cliffhanger list\` to see the ids (${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', …' : ''})`),
    );
  }
  return episodes.map((e): EpisodeTarget => {
    const mediaProblems = e.job ? placeProblems({ problems: checkMedia({ job: e.job, publicDir }), file: e.file, seriesId: e.seriesId, source: 'catalog' }) : [];
    const seriesProblems = catalog.problems.filter((p) => p.file.startsWith(`scenes/${e.seriesId}/`));
    const captionProblems = e.job ? checkCaptionFile({ job: e.job, publicDir, episodeFile: e.file }) : [];
    const problems = [...seriesProblems, ...e.problems, ...mediaProblems, ...captionProblems];
    return { id: e.id, file: e.file, source: 'catalog', input: e.input, job: problems.length > 0 ? null : e.job, problems };
  });
};
