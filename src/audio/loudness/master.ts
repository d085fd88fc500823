import type { LoudnessTarget } from '../../schema';
import { writeAtomically } from '../../render/atomic-output';
import { normalizeLoudness, type LoudnessResult } from './normalize';

/** The master target when a render names none: −14 LUFS integrated, −1 dBTP (what the big platforms play at). */
export const DEFAULT_LOUDNESS: LoudnessTarget = { integratedLufs: -14, truePeakDb: -1 };

/**
 * Masters a rendered MP4 in place: normalises its mix to the target (two-pass loudnorm, video copied) through a
 * temporary sibling, so an interruption leaves the file as rendered, never half-written. `null` skips mastering
 * (a segment of a longer render must be measured with the whole episode, not alone).
 */
export const masterLoudness = async ({ file, target }: { file: string; target: LoudnessTarget | null }): Promise<LoudnessResult | null> => {
  if (target === null) return null;
  return writeAtomically(file, (mastered) => normalizeLoudness({ input: file, output: mastered, target }));
};

/** A warning when the mastered mix still misses its target (±1 LU, true peak at most the limit), or null. */
export const loudnessWarning = (result: LoudnessResult | null, target: LoudnessTarget): string | null => {
  if (!result || result.mode === 'silent') return null;
  const off = Math.abs(result.integratedLufs - target.integratedLufs) > 1;
  const hot = result.truePeakDb > target.truePeakDb;
  if (!off && !hot) return null;
  return `Loudness: the mix measures ${result.integratedLufs.toFixed(1)} LUFS with a true peak of ${result.truePeakDb.toFixed(1)} dBTP, but the target is ${target.integratedLufs} LUFS at most ${target.truePeakDb} dBTP. Lower the loudest effect or the music (volumeDb) and render again.`;
};
