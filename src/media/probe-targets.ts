import { placeProblems } from '../project/place-problems';
import type { EpisodeTarget } from '../project/resolve-target';
import { fileProbe } from './probe-file';
import { listPublicFiles } from './public-files';
import { resolveAssets } from './resolve-assets';

/**
 * Finds and measures the media of every valid target (Mediabunny, in Node) and puts the result into its props, so the
 * composition plays dropped-in files and times lines by their recordings. Runs before anything renders.
 */
export const probeTargets = async ({ targets, publicDir }: { targets: readonly EpisodeTarget[]; publicDir: string }): Promise<EpisodeTarget[]> => {
  const files = listPublicFiles(publicDir);
  const probe = fileProbe(publicDir);
  return Promise.all(
    targets.map(async (target): Promise<EpisodeTarget> => {
      if (!target.job || target.problems.length > 0) return target;
      const assets = await resolveAssets({ job: target.job, files, probe });
      const problems = placeProblems({ problems: assets.problems, file: target.file, seriesId: target.job.series.id, source: target.source });
      return { ...target, input: { ...target.input, assets }, assets, job: problems.length > 0 ? null : target.job, problems };
    }),
  );
};
