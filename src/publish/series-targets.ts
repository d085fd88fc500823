import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CliffhangerError, inFile, type Problem } from '../errors';
import { loadCatalog, type Catalog } from '../project';
import { resolveTargets, type EpisodeTarget } from '../project/resolve-target';
import { checkMedia } from '../validate/check-media';
import { probeTargets } from '../media/probe-targets';
import type { SeriesEntry } from '../schema';

/** A whole series to publish: its episodes, validated, and the file its bible is in. */
export type SeriesTargets = { readonly seriesFile: string; readonly targets: readonly EpisodeTarget[] };

const shownPath = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};

/** Reads a series as one JSON file, `{ "series": {…}, "episodes": [{…}, …] }`: what a server receives instead of scenes/. */
const readSeriesFile = (file: string, publicDir: string): SeriesTargets => {
  const shown = shownPath(file);
  if (!existsSync(file)) throw CliffhangerError.plain(shown, 'does not exist', 'Check the path');
  let entry: unknown;
  try {
    entry = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw CliffhangerError.plain(shown, `is not valid JSON: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, 'Fix the syntax (a trailing comma or a missing quote is the usual cause)');
  }
  const episodes = (entry as { episodes?: unknown } | null)?.episodes;
  if (entry === null || typeof entry !== 'object' || !('series' in entry) || !Array.isArray(episodes)) {
    throw CliffhangerError.plain(shown, 'must hold a series: { "series": { … }, "episodes": [ … ] }', 'Put the series bible under "series" and its episodes in the list "episodes"');
  }
  const catalog = loadCatalog([entry as SeriesEntry], { series: () => shown, episode: (_series, n) => `${shown} (episode ${n})` });
  const targets = catalog.episodes.map((e): EpisodeTarget => {
    const media = e.job ? inFile(e.file, checkMedia({ job: e.job, publicDir }), 1) : [];
    const problems = [...catalog.problems, ...e.problems, ...media];
    return { id: e.id, file: e.file, source: 'job-file', input: e.input, job: problems.length > 0 ? null : e.job, problems };
  });
  if (targets.length === 0) throw new CliffhangerError([...catalog.problems, { file: shown, path: ['episodes'], message: 'is empty', fix: 'Add the episodes of the series' }]);
  return { seriesFile: shown, targets };
};

const dedupe = (problems: readonly Problem[]): Problem[] => [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()];

/**
 * The episodes `cliffhanger publish` names: a series id from scenes/ or a series JSON file. Every episode must be
 * valid and its media found; all problems are reported at once, before anything renders.
 */
export const seriesTargets = async ({ name, catalog, publicDir }: { name: string; catalog: () => Promise<Catalog>; publicDir: string }): Promise<SeriesTargets> => {
  let found: SeriesTargets;
  if (name.endsWith('.json')) found = readSeriesFile(path.resolve(name), publicDir);
  else {
    const loaded = await catalog();
    const targets = resolveTargets({ name, catalog: loaded, publicDir });
    const seriesId = loaded.episodes.find((e) => e.id === name)?.seriesId;
    if (seriesId !== undefined) throw CliffhangerError.plain(name, 'is an episode; publish takes a whole series, so previous and next episodes line up', `Name its series: cliffhanger publish ${seriesId}`);
    found = { seriesFile: `scenes/${name}/series.ts`, targets };
  }
  const probed = await probeTargets({ targets: found.targets, publicDir });
  const problems = dedupe(probed.flatMap((t) => t.problems));
  if (problems.length > 0) throw new CliffhangerError(problems);
  return { seriesFile: found.seriesFile, targets: probed };
};
