import { inFile, CliffhangerError } from '../errors';
import { checkJob } from '../validate';
import { checkMedia } from '../validate/check-media';
import { checkCaptionFile } from '../captions/node/read-caption-file';
import { placeProblems } from '../project/place-problems';
import type { EpisodeTarget } from '../project/resolve-target';
import { probeTargets } from '../media/probe-targets';
import { timelineInputs } from '../media/assets';
import { prepareSound } from '../audio/prepare-sound';
import { loudnessTarget } from '../audio/loudness/targets';
import { resolveEpisode } from '../timeline';
import type { Renderer } from '../render/renderer';
import { planPublish } from '../publish/plan';
import { publishEpisode } from '../publish/publish-episode';
import { inputHashOf } from '../publish/run-publish';
import type { EpisodeJobData } from './job-data';
import { previousRunOf, writeEntry } from './entries';
import { removeStaleTemps } from './stale-temps';
import type { FrameProgress } from './master-renderer';

/** How an episode's job ended when it did not fail. */
export type EpisodeStatus = 'rendered' | 'up-to-date';

/** What a finished episode job reports: to the batch's summary, through BullMQ's return value when on a queue. */
export type EpisodeOutcome = {
  readonly id: string;
  readonly title: string;
  readonly status: EpisodeStatus;
  /** The episode's length. */
  readonly durationInFrames: number;
  /** Frames rendered by this job (0 when every segment came from the cache). */
  readonly renderedFrames: number;
  readonly seconds: number;
};

/** What running episode jobs shares in one process. */
export type EpisodeRunContext = {
  readonly publicDir: string;
  /** Stands for the rendering code in the content hashes (publish's codeFingerprint, or $CLIFFHANGER_CODE_VERSION). */
  readonly code: string;
  /** The process' renderer, reporting this job's frames to `onFrames`. */
  readonly renderer: (onFrames: (progress: FrameProgress) => void) => Renderer;
  readonly warn?: (message: string) => void;
};

/** The job's episode, checked again where it runs: a job can come from anywhere a queue is reachable. */
const checkedTarget = async (data: EpisodeJobData, publicDir: string): Promise<EpisodeTarget> => {
  const check = checkJob(data.input);
  const catalog = data.source === 'catalog';
  const problems = check.job
    ? [
        ...placeProblems({ problems: checkMedia({ job: check.job, publicDir }), file: data.file, seriesId: check.job.series.id, source: data.source }),
        ...checkCaptionFile({ job: check.job, publicDir, episodeFile: data.file, pathPrefix: catalog ? [] : ['episode'] }),
      ]
    : inFile(data.file, check.problems, catalog ? 1 : 0);
  if (problems.length > 0 || !check.job) throw new CliffhangerError(problems);
  const [probed] = await probeTargets({ targets: [{ id: data.id, file: data.file, source: data.source, input: data.input, job: check.job, problems: [] }], publicDir });
  if (!probed || probed.problems.length > 0) throw new CliffhangerError(probed?.problems ?? []);
  return probed;
};

/** Whether publish made or changed anything: every step it skips says "up to date"; the first line names the episode. */
const madeSomething = (lines: readonly string[]): boolean => lines.slice(1).some((line) => !line.trimEnd().endsWith('up to date'));

/**
 * Renders one episode of a batch and its deliverables with the publish pipeline: the master (through the segment
 * cache), the cover, each platform's file and sidecars, then records the episode's manifest entry. Whatever is up to
 * date by its content hashes is kept. Throws CliffhangerError for a job that can never succeed.
 */
export const runEpisodeJob = async (data: EpisodeJobData, context: EpisodeRunContext, onProgress: (progress: FrameProgress) => void): Promise<EpisodeOutcome> => {
  const started = Date.now();
  const checked = await checkedTarget(data, context.publicDir);
  const target = await prepareSound({ target: checked, publicDir: context.publicDir, scratchVoices: data.scratchVoices, warn: context.warn });
  const job = target.job!;
  const resolved = resolveEpisode(job, timelineInputs(target.assets));
  onProgress({ done: 0, total: resolved.durationInFrames, stage: 'checking' });
  const { plan, problems } = planPublish({
    series: job.series,
    seriesFile: data.seriesFile,
    episodes: [{ id: data.id, file: data.file, episode: job.episode, durationInFrames: resolved.durationInFrames, fps: resolved.fps }],
    platforms: data.platforms,
  });
  const [planned] = plan;
  if (problems.length > 0 || !planned) throw new CliffhangerError(problems);
  const loudness = loudnessTarget({ series: job.series });
  const inputHash = await inputHashOf({ target, publicDir: context.publicDir, code: context.code, loudness });
  removeStaleTemps(data.outDir, data.id);
  let renderedFrames = 0;
  const lines: string[] = [];
  // Made on first use: an episode that is up to date never starts a browser.
  let renderer: Renderer | undefined;
  const rendererOf = (): Renderer =>
    (renderer ??= context.renderer((progress) => {
      renderedFrames = Math.max(renderedFrames, progress.done);
      onProgress(progress);
    }));
  const episode = await publishEpisode({
    outDir: data.outDir,
    publicDir: context.publicDir,
    target,
    resolved,
    planned: { ...planned, previous: data.previous, next: data.next },
    inputHash,
    previousRun: previousRunOf(data.outDir, data.id, inputHash),
    force: data.force,
    loudness,
    renderer: rendererOf,
    report: {
      line: (text) => {
        lines.push(text);
        if (/^\s+master\b/.test(text)) onProgress({ done: renderedFrames, total: Math.max(renderedFrames, 1), stage: 'encoding' });
      },
      // Frames are reported by the segment-cached renderer, which knows how many it really renders.
      frames: () => ({ update: () => undefined, stop: () => undefined }),
    },
  });
  await writeEntry(data.outDir, { series: { id: job.series.id, title: job.series.title }, platforms: [...data.platforms], episode });
  return {
    id: data.id,
    title: job.episode.title,
    status: madeSomething(lines) ? 'rendered' : 'up-to-date',
    durationInFrames: resolved.durationInFrames,
    renderedFrames,
    seconds: Number(((Date.now() - started) / 1000).toFixed(1)),
  };
};
