import { mkdirSync } from 'node:fs';
import { CliffhangerError } from '../errors';
import type { Platform } from '../schema';
import { resolveEpisode } from '../timeline';
import { timelineInputs } from '../media/assets';
import { prepareSound } from '../audio/prepare-sound';
import { loudnessTarget } from '../audio/loudness/targets';
import type { Catalog } from '../project';
import type { EpisodeTarget } from '../project/resolve-target';
import { createRenderer, type Renderer } from '../render/renderer';
import { canonicalJson, codeFingerprint, mediaFingerprint, sha256Text } from './hashes';
import { MANIFEST_VERSION, readManifest, writeManifest, type Manifest, type ManifestEpisode } from './manifest';
import { planPublish, type PublishInput } from './plan';
import { publishEpisode } from './publish-episode';
import type { PublishReporter } from './reporter';
import { seriesTargets } from './series-targets';

/** What `cliffhanger publish` is asked to do. */
export type PublishOptions = {
  readonly name: string;
  /** Default: the series' own platforms. */
  readonly platforms?: readonly Platform[];
  readonly outDir: string;
  readonly force?: boolean;
  readonly scratchVoices?: boolean;
  readonly browserExecutable?: string;
  readonly concurrency?: number;
  readonly projectRoot: string;
  /** Stands for the rendering code in every content hash instead of a hash of src/ (a release tag, for builds whose code cannot change). */
  readonly codeVersion?: string;
  readonly publicDir: string;
  readonly catalog: () => Promise<Catalog>;
  readonly report: PublishReporter;
  /** Called with a way to stop, so Ctrl-C can close the browser. */
  readonly onStart?: (stop: () => Promise<void>) => void;
};

/** Everything a master is made from: the props (not the Studio-only preview), the files they name, the code that draws them, the loudness target. */
export const inputHashOf = async ({ target, publicDir, code, loudness }: { target: EpisodeTarget; publicDir: string; code: string; loudness: unknown }): Promise<string> => {
  const { preview: _preview, ...input } = target.input as Record<string, unknown>;
  return sha256Text(canonicalJson({ input, media: await mediaFingerprint({ input, publicDir }), code, loudness }));
};

/**
 * Publishes a whole series: checks every episode against every platform before rendering, renders each episode
 * once (its master), derives each platform's file by re-encoding the master, and records it all in manifest.json.
 * Files whose inputs did not change since the last run in the same folder are kept.
 */
export const runPublish = async (options: PublishOptions): Promise<Manifest> => {
  const { outDir, publicDir, report } = options;
  const { seriesFile, targets: validated } = await seriesTargets({ name: options.name, catalog: options.catalog, publicDir });
  const prepared: EpisodeTarget[] = [];
  for (const target of validated) prepared.push(await prepareSound({ target, publicDir, scratchVoices: options.scratchVoices }));
  const jobs = prepared.map((t) => ({ target: t, job: t.job!, resolved: resolveEpisode(t.job!, timelineInputs(t.assets)) }));
  const series = jobs[0]!.job.series;
  const platforms = options.platforms ?? series.platforms;
  const inputs: PublishInput[] = jobs.map(({ target, job, resolved }) => ({ id: target.id, file: target.file, episode: job.episode, durationInFrames: resolved.durationInFrames, fps: resolved.fps }));
  const { plan, problems } = planPublish({ series, seriesFile, episodes: inputs, platforms });
  if (problems.length > 0) throw new CliffhangerError(problems);

  mkdirSync(outDir, { recursive: true });
  const previous = readManifest(outDir);
  const code = options.codeVersion ?? codeFingerprint(options.projectRoot);
  const loudness = loudnessTarget({ series });
  let renderer: Renderer | undefined;
  const getRenderer = (): Renderer => (renderer ??= createRenderer({ browserExecutable: options.browserExecutable, concurrency: options.concurrency }));
  options.onStart?.(async () => renderer?.close());
  report.line(`Publishing ${series.title} (${plan.length} episode${plan.length === 1 ? '' : 's'}) for ${platforms.join(', ')} to ${outDir}`);
  const episodes: ManifestEpisode[] = [];
  // Episodes not reached yet keep their entries from the last run, so an interrupted run loses nothing it could reuse.
  const pending = (): ManifestEpisode[] => plan.flatMap((p) => (episodes.some((e) => e.id === p.id) ? [] : (previous?.episodes.filter((e) => e.id === p.id) ?? [])));
  const manifestOf = (): Manifest => ({
    manifestVersion: MANIFEST_VERSION,
    series: { id: series.id, title: series.title },
    platforms: [...platforms],
    episodes: [...episodes, ...pending()].sort((a, b) => a.number - b.number),
  });
  try {
    for (const planned of plan) {
      const { target, resolved } = jobs.find((j) => j.target.id === planned.id)!;
      const inputHash = await inputHashOf({ target, publicDir, code, loudness });
      const previousRun = previous?.episodes.find((e) => e.id === planned.id);
      episodes.push(await publishEpisode({ outDir, publicDir, target, resolved, planned, inputHash, previousRun, force: options.force ?? false, loudness, renderer: getRenderer, report }));
      // Written after every episode, so an interrupted run keeps what it finished.
      await writeManifest(outDir, manifestOf());
    }
  } finally {
    await renderer?.close();
  }
  return manifestOf();
};
