import { seriesSchema, type EpisodeJob, type SeriesEntry } from '../schema';
import { episodeId } from '../timeline';
import { inFile, problemsFromZod, type Problem } from '../errors';
import { checkJob } from '../validate';
import { checkLintConfig } from '../lint/config';
import { withPrevious } from '../packaging/link-previous';

/** Where a series' files live, for naming them in errors. */
export type SceneFiles = {
  readonly series: (seriesId: string) => string;
  readonly episode: (seriesId: string, episodeNumber: number) => string;
};

/** The conventional layout: scenes/<series-id>/series.ts and scenes/<series-id>/eNN.ts. */
export const conventionalSceneFiles: SceneFiles = {
  series: (seriesId) => `scenes/${seriesId}/series.ts`,
  episode: (seriesId, episodeNumber) => `scenes/${seriesId}/e${String(episodeNumber).padStart(2, '0')}.ts`,
};

/** An authored episode after loading: its id, its file, and either the checked job or its problems. */
export type CatalogEpisode = {
  readonly id: string;
  readonly seriesId: string;
  readonly number: number;
  readonly title: string;
  readonly file: string;
  /** The authored props, as the Studio and the renderer pass them. */
  readonly input: { readonly series: unknown; readonly episode: unknown; readonly previous?: unknown };
  readonly job: EpisodeJob | null;
  readonly problems: readonly Problem[];
};

/** A loaded catalog: every episode of every series, and problems that belong to no single episode. */
export type Catalog = {
  readonly episodes: readonly CatalogEpisode[];
  readonly problems: readonly Problem[];
};

const numberOf = (episode: unknown, fallback: number): number => {
  const n = (episode as { number?: unknown } | null)?.number;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : fallback;
};

const titleOf = (episode: unknown): string => {
  const t = (episode as { title?: unknown } | null)?.title;
  return typeof t === 'string' ? t : '';
};

/** Checks every authored series and episode. Pure: the Studio and the CLI load the same catalog the same way. */
export const loadCatalog = (entries: readonly SeriesEntry[], files: SceneFiles = conventionalSceneFiles): Catalog => {
  const problems: Problem[] = [];
  const episodes: CatalogEpisode[] = [];
  const seenSeries = new Set<string>();
  for (const entry of entries) {
    const seriesId = String(entry.series.id);
    const seriesFile = files.series(seriesId);
    if (seenSeries.has(seriesId)) {
      problems.push({ file: seriesFile, path: ['id'], message: `must be unique, but series "${seriesId}" is registered twice`, fix: 'Remove the duplicate from scenes/index.ts' });
    }
    seenSeries.add(seriesId);
    const seriesCheck = seriesSchema.safeParse(entry.series);
    const seriesProblems = inFile(seriesFile, seriesCheck.success ? checkLintConfig(seriesCheck.data) : problemsFromZod(seriesCheck.error, entry.series, seriesSchema));
    problems.push(...seriesProblems);

    const seenNumbers = new Set<number>();
    entry.episodes.forEach((episode, i) => {
      const number = numberOf(episode, i + 1);
      // An invalid number falls back to the position; that stand-in must not be reported as a duplicate.
      const hasOwnNumber = numberOf(episode, 0) === number;
      const file = files.episode(seriesId, number);
      const own: Problem[] = [];
      if (hasOwnNumber && seenNumbers.has(number)) {
        own.push({ file, path: ['number'], message: `must be unique in the series, but episode ${number} is registered twice`, fix: 'Give each episode its own number' });
      }
      if (hasOwnNumber) seenNumbers.add(number);
      const input = withPrevious({ series: entry.series, episode, episodes: entry.episodes });
      const check = seriesProblems.length > 0 ? null : checkJob(input);
      if (check) own.push(...inFile(file, check.problems, 1));
      episodes.push({
        id: episodeId(seriesId, number),
        seriesId,
        number,
        title: titleOf(episode),
        file,
        input,
        job: check && own.length === 0 ? check.job : null,
        problems: seriesProblems.length > 0 ? [{ file, path: [], message: `cannot be checked until ${seriesFile} is fixed` }] : own,
      });
    });
  }
  return { episodes, problems };
};
