import type { Problem } from '../errors';
import { conventionalSceneFiles, type Catalog } from '../project';
import { resolveTargets, type EpisodeTarget } from '../project/resolve-target';
import { resolveEpisode } from '../timeline';
import { readCaptionFiles } from '../captions/node/read-caption-file';
import { readMediaTags } from '../media/read-tags';
import type { EpisodeJob } from '../schema';
import { lintSeries, type Location } from './lint-series';
import type { LintResult } from './result';
import type { Finding } from './types';

/** The rule id of findings that are validation problems: an episode that does not validate is reported, not linted. */
export const VALIDATION_RULE_ID = 'validation';

const problemFinding = (problem: Problem, episodeId: string | null): Finding => ({
  ruleId: VALIDATION_RULE_ID,
  severity: 'error',
  file: problem.file,
  path: problem.path,
  episodeId,
  timeInSeconds: null,
  message: problem.message,
  fix: problem.fix ?? 'Fix this first: an episode that does not validate is not linted',
});

/** The metadata tags of every clip and sound the episodes' beats name. */
const mediaTagsOf = (jobs: readonly EpisodeJob[], publicDir: string): Promise<Map<string, string>> =>
  readMediaTags({ publicDir, srcs: jobs.flatMap((job) => job.episode.beats.flatMap((beat) => (beat.media ? [beat.media.src] : []))) });

const unique = (findings: readonly Finding[]): Finding[] => [...new Map(findings.map((f) => [JSON.stringify(f), f])).values()];

/** A JSON job: the bible and one episode in one file; series-wide tallies are skipped. */
const lintJob = async (target: EpisodeTarget, publicDir: string): Promise<LintResult> => {
  const bible: Location = { file: target.file, pathPrefix: ['series'] };
  const problems = target.problems.map((p) => problemFinding(p, p.path[0] === 'episode' ? target.id : null));
  if (!target.job) return { findings: problems, episodeCount: 0, bible };
  const resolved = resolveEpisode(target.job);
  const locations = { series: bible, episodes: new Map([[resolved.id, { file: target.file, pathPrefix: ['episode'] }]]) };
  const captionFiles = readCaptionFiles({ episodes: [{ id: resolved.id, job: target.job }], publicDir });
  const mediaTags = await mediaTagsOf([target.job], publicDir);
  return { findings: lintSeries({ series: target.job.series, episodes: [resolved], wholeSeries: false, locations, captionFiles, mediaTags }), episodeCount: 1, bible };
};

type SeriesRequest = { seriesId: string; everything: boolean; named: Set<string>; targets: EpisodeTarget[] };

/** A catalog series: every valid episode is context; findings are kept for the whole series or the named episodes. */
const lintCatalogSeries = async (catalog: Catalog, { seriesId, everything, named, targets }: SeriesRequest, publicDir: string): Promise<LintResult> => {
  const bible: Location = { file: conventionalSceneFiles.series(seriesId), pathPrefix: [] };
  const episodes = catalog.episodes.filter((e) => e.seriesId === seriesId).sort((a, b) => a.number - b.number);
  const valid = episodes.flatMap((e) => (e.job ? [{ id: e.id, file: e.file, job: e.job }] : []));
  const problems = unique(targets.flatMap((t) => t.problems.map((p) => problemFinding(p, p.file === t.file ? t.id : null))));
  const series = valid[0]?.job.series;
  const locations = { series: bible, episodes: new Map(valid.map((v): [string, Location] => [v.id, { file: v.file, pathPrefix: [] }])) };
  const captionFiles = readCaptionFiles({ episodes: valid, publicDir });
  const mediaTags = await mediaTagsOf(valid.map((v) => v.job), publicDir);
  const linted = series ? lintSeries({ series, episodes: valid.map((v) => resolveEpisode(v.job)), locations, captionFiles, mediaTags }) : [];
  const kept = everything ? linted : linted.filter((f) => f.episodeId !== null && named.has(f.episodeId));
  const files = [bible.file, ...episodes.map((e) => e.file)];
  // Stable sort: the bible first, then episodes in order; validation problems before rule findings in each file.
  const findings = [...problems, ...kept].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file));
  return { findings, episodeCount: valid.filter((v) => everything || named.has(v.id)).length, bible };
};

/** Lints what the names name (series ids, episode ids, .json job files), each series once, with the whole series as context. */
export const lintTargets = async ({ names, catalog, publicDir }: { names: readonly string[]; catalog: Catalog; publicDir: string }): Promise<LintResult[]> => {
  const requests: (SeriesRequest | EpisodeTarget)[] = [];
  for (const name of names) {
    const targets = resolveTargets({ name, catalog, publicDir });
    const [first] = targets;
    if (!first) continue;
    if (first.source === 'job-file') {
      requests.push(first);
      continue;
    }
    const seriesId = catalog.episodes.find((e) => e.id === first.id)?.seriesId ?? name;
    let request = requests.find((r): r is SeriesRequest => 'seriesId' in r && r.seriesId === seriesId);
    if (!request) {
      request = { seriesId, everything: false, named: new Set(), targets: [] };
      requests.push(request);
    }
    if (name === seriesId) request.everything = true;
    for (const target of targets) request.named.add(target.id);
    request.targets.push(...targets);
  }
  return Promise.all(requests.map((r) => ('seriesId' in r ? lintCatalogSeries(catalog, r, publicDir) : lintJob(r, publicDir))));
};
