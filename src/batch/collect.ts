import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CliffhangerError, inFile, isCliffhangerError, type Problem } from '../errors';
import type { Platform, SeriesEntry } from '../schema';
import { loadCatalog, type Catalog } from '../project';
import { readJobFile, resolveTargets, type EpisodeTarget } from '../project/resolve-target';
import { checkMedia } from '../validate/check-media';
import { probeTargets } from '../media/probe-targets';
import { timelineInputs } from '../media/assets';
import { prepareSound } from '../audio/prepare-sound';
import { resolveEpisode } from '../timeline';
import { canonicalJson } from '../publish/hashes';
import { planPublish } from '../publish/plan';
import { JOB_DATA_VERSION, type EpisodeJobData } from './job-data';

/** An episode that cannot be rendered, with every reason, found before anything renders. */
export type JobFailure = { readonly id: string; readonly file: string; readonly problems: readonly Problem[] };

/** A series of the batch and the folder its deliverables and manifest.json go to. */
export type BatchSeries = { readonly id: string; readonly title: string; readonly outDir: string; readonly platforms: readonly Platform[] };

/** Everything a batch will do, checked: the jobs to run, the episodes that already failed, the series they belong to. */
export type BatchPlan = { readonly jobs: readonly EpisodeJobData[]; readonly failures: readonly JobFailure[]; readonly series: readonly BatchSeries[] };

/** What `cliffhanger batch` is asked to do. */
export type CollectOptions = {
  /** A series id from scenes/index.ts, a folder of JSON jobs, or one JSON job or series file. */
  readonly name: string;
  /** Each series goes to `<outRoot>/<series-id>/`. */
  readonly outRoot: string;
  readonly platforms?: readonly Platform[];
  readonly force: boolean;
  readonly scratchVoices: boolean;
  readonly catalog: () => Promise<Catalog>;
  readonly publicDir: string;
  readonly warn?: (message: string) => void;
};

type Candidate = { readonly target: EpisodeTarget; readonly seriesFile: string };

const shown = (file: string): string => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};

const failureOf = (target: Pick<EpisodeTarget, 'id' | 'file'>, problems: readonly Problem[]): JobFailure => ({ id: target.id, file: target.file, problems });

/** A `{ series, episodes }` file: one candidate per episode, named `<file> (episode N)` in errors, as publish does. */
const seriesFileCandidates = (file: string, entry: SeriesEntry, publicDir: string): Candidate[] => {
  const name = shown(file);
  const catalog = loadCatalog([entry], { series: () => name, episode: (_series, n) => `${name} (episode ${n})` });
  return catalog.episodes.map((e) => {
    const media = e.job ? inFile(e.file, checkMedia({ job: e.job, publicDir }), 1) : [];
    const problems = [...catalog.problems, ...e.problems, ...media];
    return { seriesFile: name, target: { id: e.id, file: e.file, source: 'job-file', input: e.input, job: problems.length > 0 ? null : e.job, problems } };
  });
};

/** The episodes of one JSON file: a job `{ series, episode }` or a series `{ series, episodes }`. */
const fileCandidates = (file: string, publicDir: string): { candidates: Candidate[]; failures: JobFailure[] } => {
  try {
    let raw: unknown = null;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // readJobFile reports unreadable JSON with its line and column.
    }
    if (raw !== null && typeof raw === 'object' && 'series' in raw && Array.isArray((raw as { episodes?: unknown }).episodes)) {
      return { candidates: seriesFileCandidates(file, raw as SeriesEntry, publicDir), failures: [] };
    }
    const target = readJobFile(file, publicDir);
    return { candidates: [{ target, seriesFile: target.file }], failures: [] };
  } catch (error) {
    if (!isCliffhangerError(error)) throw error;
    return { candidates: [], failures: [failureOf({ id: path.basename(file), file: shown(file) }, error.problems)] };
  }
};

/** The episodes a batch names, each valid or not, before media are measured. */
const candidatesOf = async ({ name, catalog, publicDir }: Pick<CollectOptions, 'name' | 'catalog' | 'publicDir'>): Promise<{ candidates: Candidate[]; failures: JobFailure[] }> => {
  const full = path.resolve(name);
  if (existsSync(full) && statSync(full).isDirectory()) {
    const files = readdirSync(full).filter((f) => f.endsWith('.json')).sort();
    if (files.length === 0) throw CliffhangerError.plain(shown(full), 'holds no .json jobs', 'Put one job per file in it ({ "series": …, "episode": … }, as `cliffhanger render job.json` takes), or name a series id');
    const read = files.map((f) => fileCandidates(path.join(full, f), publicDir));
    return { candidates: read.flatMap((r) => r.candidates), failures: read.flatMap((r) => r.failures) };
  }
  if (name.endsWith('.json')) {
    if (!existsSync(full)) throw CliffhangerError.plain(shown(full), 'does not exist', 'Check the path');
    return fileCandidates(full, publicDir);
  }
  const loaded = await catalog();
  const seriesId = loaded.episodes.find((e) => e.id === name)?.seriesId;
  if (seriesId !== undefined) throw CliffhangerError.plain(name, 'is an episode; batch takes a whole series (or a folder of jobs), so previous and next episodes line up', `Name its series: cliffhanger batch ${seriesId}`);
  const targets = resolveTargets({ name, catalog: loaded, publicDir });
  return { candidates: targets.map((target) => ({ target, seriesFile: `scenes/${name}/series.ts` })), failures: [] };
};

/** Episodes of one series from several job files must share one bible and have distinct numbers; later files fail. */
const consistent = (group: readonly Candidate[]): { kept: Candidate[]; failures: JobFailure[] } => {
  const kept: Candidate[] = [];
  const failures: JobFailure[] = [];
  for (const c of group) {
    const job = c.target.job!;
    const first = kept[0];
    const twin = kept.find((k) => k.target.job!.episode.number === job.episode.number);
    if (first && canonicalJson(first.target.job!.series) !== canonicalJson(job.series)) {
      failures.push(failureOf(c.target, [{ file: c.target.file, path: ['series'], message: `must be the same bible as the other episodes of "${job.series.id}", but differs from the one in ${first.target.file}`, fix: `Give every episode of a series the same series bible (copy it from ${first.target.file})` }]));
    } else if (twin) {
      failures.push(failureOf(c.target, [{ file: c.target.file, path: ['episode', 'number'], message: `must be unique in the series, but episode ${job.episode.number} of "${job.series.id}" is also ${twin.target.file}`, fix: 'Give each episode its own number, or remove one of the two files' }]));
    } else kept.push(c);
  }
  return { kept, failures };
};

/**
 * Reads and checks every episode of a batch before anything renders (so a typo costs nothing): schema, media,
 * captions, and every platform's limits. An invalid episode fails alone, with its reasons; the rest become jobs.
 */
export const collectBatch = async (options: CollectOptions): Promise<BatchPlan> => {
  const { publicDir } = options;
  const { candidates, failures } = await candidatesOf(options);
  const allFailures: JobFailure[] = [...failures, ...candidates.filter((c) => !c.target.job || c.target.problems.length > 0).map((c) => failureOf(c.target, c.target.problems))];
  const valid = candidates.filter((c) => c.target.job && c.target.problems.length === 0);
  const groups = new Map<string, Candidate[]>();
  for (const c of valid) groups.set(c.target.job!.series.id, [...(groups.get(c.target.job!.series.id) ?? []), c]);
  const jobs: EpisodeJobData[] = [];
  const series: BatchSeries[] = [];
  for (const [seriesId, group] of groups) {
    const { kept, failures: inconsistent } = consistent(group);
    allFailures.push(...inconsistent);
    const prepared: { candidate: Candidate; target: EpisodeTarget }[] = [];
    const probed = await probeTargets({ targets: kept.map((c) => c.target), publicDir });
    for (const [i, target] of probed.entries()) {
      const candidate = kept[i]!;
      if (!target.job || target.problems.length > 0) allFailures.push(failureOf(target, target.problems));
      else {
        try {
          prepared.push({ candidate, target: await prepareSound({ target, publicDir, scratchVoices: options.scratchVoices, warn: options.warn }) });
        } catch (error) {
          if (!isCliffhangerError(error)) throw error;
          allFailures.push(failureOf(target, error.problems));
        }
      }
    }
    const [first] = prepared;
    if (!first) continue;
    const bible = first.target.job!.series;
    const platforms = options.platforms ?? bible.platforms;
    const inputs = prepared.map(({ target }) => {
      const resolved = resolveEpisode(target.job!, timelineInputs(target.assets));
      return { id: target.id, file: target.file, episode: target.job!.episode, durationInFrames: resolved.durationInFrames, fps: resolved.fps };
    });
    const { plan, problems } = planPublish({ series: bible, seriesFile: first.candidate.seriesFile, episodes: inputs, platforms });
    const outDir = path.resolve(options.outRoot, seriesId);
    series.push({ id: seriesId, title: bible.title, outDir, platforms });
    for (const planned of plan) {
      const { candidate, target } = prepared.find((p) => p.target.id === planned.id)!;
      // A problem in an episode's file is that episode's; one in the bible stops every episode of the series.
      const own = problems.filter((p) => p.file === target.file || !prepared.some((x) => x.target.file === p.file));
      if (own.length > 0) {
        allFailures.push(failureOf(target, own));
        continue;
      }
      jobs.push({
        version: JOB_DATA_VERSION,
        id: target.id,
        file: target.file,
        source: target.source,
        input: candidate.target.input,
        seriesFile: candidate.seriesFile,
        outDir,
        platforms: [...platforms],
        previous: planned.previous,
        next: planned.next,
        force: options.force,
        scratchVoices: options.scratchVoices,
      });
    }
  }
  return { jobs, failures: allFailures, series };
};
