import type { EpisodeJob } from '../schema';
import type { FieldProblem } from '../errors';
import { resolveEpisode } from '../timeline';
import { checkTimings } from '../validate/check-timings';
import { presentBuiltInSounds } from '../audio/cache';
import { scratchLines } from '../audio/scratch/scratch-lines';
import { assembleAssets, timelineInputs, type EpisodeAssets, type VoiceAsset } from './assets';
import { checkClipLengths } from './check-lengths';
import { checkProbes } from './check-probes';
import { planMedia, type MediaUse } from './plan';
import type { MediaProbe, ProbeResult } from './probe';

const missing = (use: MediaUse): FieldProblem => ({
  path: use.path,
  message: `must name a file in public/, but public/${use.src} does not exist`,
  fix: 'Check the spelling, or add the file there',
});

/** Adds the scratch voices already in the cache to lines that have no recording. */
const withScratchVoices = (assets: EpisodeAssets, job: EpisodeJob, files: ReadonlySet<string>): EpisodeAssets => {
  const voices: Record<string, (VoiceAsset | null)[]> = Object.fromEntries(Object.entries(assets.voices).map(([id, lines]) => [id, [...lines]]));
  for (const line of scratchLines({ resolved: resolveEpisode(job, timelineInputs(assets)), assets })) {
    if (!files.has(line.src)) continue;
    const lines = (voices[line.beatId] ??= []);
    while (lines.length < line.lineIndex) lines.push(null);
    lines[line.lineIndex] = { src: line.src, durationInSeconds: null, scratch: true };
  }
  return { ...assets, voices };
};

/**
 * Finds, measures and checks every file an episode plays: named or dropped-in pictures, recordings, music, sounds,
 * then the generated sounds and scratch voices already cached. The same steps run in Node and in the Studio; only
 * `files` (the contents of public/) and `probe` differ.
 */
export const resolveAssets = async ({ job, files, probe }: { job: EpisodeJob; files: ReadonlySet<string>; probe: MediaProbe }): Promise<EpisodeAssets> => {
  const plan = planMedia({ job, files });
  const absent = plan.uses.filter((use) => !files.has(use.src));
  const present = [...new Set(plan.uses.filter((use) => files.has(use.src)).map((use) => use.src))];
  const results = new Map<string, ProbeResult>(await Promise.all(present.map(async (src) => [src, await probe(src)] as const)));
  const readProblems = [...plan.problems, ...absent.map(missing), ...checkProbes({ uses: plan.uses, results })];
  const base = assembleAssets({ uses: plan.uses, music: plan.music, results });
  const inputs = timelineInputs(base);
  const fitProblems = readProblems.length > 0 ? [] : [...checkClipLengths({ resolved: resolveEpisode(job, inputs), assets: base }), ...checkTimings(job, inputs)];
  const assets = withScratchVoices(base, job, files);
  return { ...assets, sounds: presentBuiltInSounds(files), problems: [...readProblems, ...fitProblems] };
};
