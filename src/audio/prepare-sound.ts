import { CliffhangerError } from '../errors';
import type { EpisodeTarget } from '../project/resolve-target';
import { resolveEpisode } from '../timeline';
import { timelineInputs, type EpisodeAssets } from '../media/assets';
import { probeTargets } from '../media/probe-targets';
import { ensureBuiltInSounds } from './generate-sounds';
import { ESPEAK_ENV } from './scratch/espeak';
import { generateScratchVoices } from './scratch/generate-voices';
import { scratchLines } from './scratch/scratch-lines';

/** Shown once per process when espeak-ng is missing: the render goes on without scratch voices. */
export const MISSING_ESPEAK_WARNING = `Scratch voices: espeak-ng is not installed, so lines without a recording play silent. Install it (Debian/Ubuntu: sudo apt-get install -y espeak-ng; macOS: brew install espeak-ng) or set $${ESPEAK_ENV} to its path; to silence this, set sound.scratchVoices to false in the series or render with --no-scratch-voices.`;

let warned = false;

const withoutScratchVoices = (assets: EpisodeAssets): EpisodeAssets => ({
  ...assets,
  voices: Object.fromEntries(Object.entries(assets.voices).map(([id, lines]) => [id, lines.map((v) => (v?.scratch ? null : v))])),
});

/**
 * Before a render: synthesizes the built-in sounds and the scratch voices of lines without a recording into
 * public/cliffhanger-cache/, then measures the episode's media again so the props name the new files.
 */
export const prepareSound = async ({
  target,
  publicDir,
  scratchVoices = true,
  warn = (message) => process.stderr.write(`${message}\n`),
}: {
  target: EpisodeTarget;
  publicDir: string;
  scratchVoices?: boolean;
  warn?: (message: string) => void;
}): Promise<EpisodeTarget> => {
  if (!target.job || !target.assets) return target;
  ensureBuiltInSounds(publicDir);
  if (scratchVoices) {
    const lines = scratchLines({ resolved: resolveEpisode(target.job, timelineInputs(target.assets)), assets: target.assets });
    const report = await generateScratchVoices({ lines, publicDir });
    if (report.engineMissing && !warned) {
      warned = true;
      warn(MISSING_ESPEAK_WARNING);
    }
  }
  const [again] = await probeTargets({ targets: [{ ...target, assets: undefined }], publicDir });
  if (!again?.assets || again.problems.length > 0) throw new CliffhangerError(again?.problems ?? []);
  const assets = scratchVoices ? again.assets : withoutScratchVoices(again.assets);
  return { ...again, assets, input: { ...again.input, assets } };
};
