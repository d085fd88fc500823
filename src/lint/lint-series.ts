import type { Series } from '../schema';
import type { ResolvedEpisode } from '../timeline';
import type { CaptionFile } from '../captions';
import { CliffhangerError, type FieldPath } from '../errors';
import { activeRules, checkLintConfig } from './config';
import type { Finding } from './types';

/** A file findings point into, and the path prefix it adds (a JSON job nests the bible under "series"). */
export type Location = { readonly file: string; readonly pathPrefix: FieldPath };

/** What to lint: a valid series and its valid episodes, resolved, in order. */
export type LintInput = {
  readonly series: Series;
  readonly episodes: readonly ResolvedEpisode[];
  /** Whether the episodes are the whole series (default true); false for a single JSON job. */
  readonly wholeSeries?: boolean;
  /** Where the bible and each episode (by id) live; by default the series id and the episode ids stand for files. */
  readonly locations?: { readonly series: Location; readonly episodes: ReadonlyMap<string, Location> };
  /** Episode id → its subtitle file, for episodes whose captions.src names one (see readCaptionFiles). */
  readonly captionFiles?: ReadonlyMap<string, CaptionFile>;
  /** Media path → its descriptive metadata tags, for the continuity-media-cast rule (see readMediaTags). */
  readonly mediaTags?: ReadonlyMap<string, string>;
};

/** Runs every rule the series turns on. Pure, React-free; findings in file order (bible first), then by time. */
export const lintSeries = ({ series, episodes, wholeSeries = true, locations, captionFiles, mediaTags }: LintInput): Finding[] => {
  const seriesAt: Location = locations?.series ?? { file: series.id, pathPrefix: [] };
  // Loading a series checks its lint settings; a caller that skipped that gets the same errors, not a zod stack.
  const problems = checkLintConfig(series);
  if (problems.length > 0) throw new CliffhangerError(problems.map((p) => ({ ...p, file: seriesAt.file, path: [...seriesAt.pathPrefix, ...p.path] })));
  const order = new Map(episodes.map((e, i) => [e.id, i + 1]));
  const ranked = activeRules(series).flatMap(({ rule, severity, options }) =>
    rule.check({ series, episodes, wholeSeries, options, captionFiles, mediaTags }).map((f) => {
      const at = f.episodeId === null ? seriesAt : (locations?.episodes.get(f.episodeId) ?? { file: f.episodeId, pathPrefix: [] });
      const finding: Finding = {
        ruleId: rule.id,
        severity,
        file: at.file,
        path: [...at.pathPrefix, ...f.path],
        episodeId: f.episodeId,
        timeInSeconds: f.timeInSeconds ?? null,
        message: f.message,
        fix: f.fix,
      };
      return { finding, rank: f.episodeId === null ? 0 : (order.get(f.episodeId) ?? 0) };
    }),
  );
  // Array#sort is stable: within one file and time, findings keep the registry's order.
  ranked.sort((a, b) => a.rank - b.rank || (a.finding.timeInSeconds ?? -1) - (b.finding.timeInSeconds ?? -1));
  return ranked.map((r) => r.finding);
};
