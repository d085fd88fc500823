import { RenderInternals } from '@remotion/renderer';
import type { LoudnessTarget } from '../../schema';
import { SILENCE_LUFS, measureFilter, normalizeFilter, parseLoudnormReport, type LoudnormReport } from './loudnorm';
import { measureFile } from './measure-file';

/** What mastering did and what the file measures now: 'linear' gain, loudnorm's 'dynamic' fallback (peaks too hot for linear gain), or nothing for a silent mix. */
export type LoudnessResult = { readonly mode: 'linear' | 'dynamic' | 'silent'; readonly integratedLufs: number; readonly truePeakDb: number };

/** AAC bitrate of the normalised mix (YouTube recommends 384 kbps stereo; 192 kbps is transparent for speech and music). */
const AUDIO_BITRATE = '192k';
// Tuning: AAC encoding lifts true peaks a little, so loudnorm aims this far under the limit; a retry lowers the aim by
// what the encoded file still overshot plus a margin. More headroom costs nothing audible at these levels.
const AAC_HEADROOM_DB = 0.5;
const PEAK_MARGIN_DB = 0.2;
// Tuning: how far from the target the encoded mix may land before it is encoded again (platforms tolerate ±1 LU).
const LOUDNESS_TOLERANCE_LU = 0.5;
const MAX_ATTEMPTS = 3;

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** Runs Remotion's bundled ffmpeg (the one that encoded the render; it has loudnorm) and returns its stderr. */
const ffmpeg = async (args: string[]): Promise<string> => {
  const { stderr } = await RenderInternals.callFf({ bin: 'ffmpeg', args, indent: false, logLevel: 'error', binariesDirectory: null, cancelSignal: undefined });
  return stderr;
};

/** Pass 1: loudnorm's measurement of a file's mix (integrated loudness, true peak, range). */
export const measureLoudness = async ({ file, target }: { file: string; target: LoudnessTarget }): Promise<LoudnormReport> => {
  const report = parseLoudnormReport(await ffmpeg(['-hide_banner', '-nostats', '-i', file, '-vn', '-af', measureFilter(target), '-f', 'null', '-']));
  if (!report) throw new Error(`loudnorm printed no measurement for ${file}`);
  return report;
};

/**
 * Normalises a rendered MP4's mix to a loudness target with two-pass loudnorm: pass 1 measures, pass 2 applies the
 * measured values (linear gain where the true-peak limit allows). The video stream is copied, never re-encoded; the
 * audio is resampled to 48 kHz (dynamic mode would leave it at 192 kHz). Platforms measure with BS.1770, which can
 * differ from loudnorm's own measure by more than 1 LU on short, dynamic mixes, so loudnorm is aimed by the BS.1770
 * reading (src/audio/loudness/bs1770.ts) and the encoded result is measured and encoded again (at most twice) when it
 * still misses the target or AAC pushed its true peak over the limit.
 */
export const normalizeLoudness = async ({ input, output, target }: { input: string; output: string; target: LoudnessTarget }): Promise<LoudnessResult> => {
  const [measured, heard] = await Promise.all([measureLoudness({ file: input, target }), measureFile(input)]);
  const copyVideo = ['-hide_banner', '-nostats', '-y', '-i', input, '-map', '0:v?', '-map', '0:a', '-c:v', 'copy'];
  if (heard.integratedLufs <= SILENCE_LUFS || measured.inputI <= SILENCE_LUFS) {
    await ffmpeg([...copyVideo, '-c:a', 'copy', '-movflags', '+faststart', output]);
    return { mode: 'silent', integratedLufs: heard.integratedLufs, truePeakDb: heard.truePeakDb };
  }
  let aim = { integratedLufs: clamp(target.integratedLufs + measured.inputI - heard.integratedLufs, -70, -5), truePeakDb: target.truePeakDb - AAC_HEADROOM_DB };
  let result: LoudnessResult = { mode: 'dynamic', ...heard };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stderr = await ffmpeg([...copyVideo, '-af', normalizeFilter(aim, measured), '-ar', '48000', '-c:a', 'aac', '-b:a', AUDIO_BITRATE, '-movflags', '+faststart', output]);
    const check = await measureFile(output);
    result = { mode: parseLoudnormReport(stderr)?.normalizationType ?? 'dynamic', ...check };
    const peakOver = check.truePeakDb - (target.truePeakDb - PEAK_MARGIN_DB / 2);
    const loudnessOff = target.integratedLufs - check.integratedLufs;
    if (peakOver <= 0 && Math.abs(loudnessOff) <= LOUDNESS_TOLERANCE_LU) break;
    aim = {
      integratedLufs: clamp(aim.integratedLufs + loudnessOff, -70, -5),
      truePeakDb: clamp(aim.truePeakDb - Math.max(0, peakOver + PEAK_MARGIN_DB / 2), -9, 0),
    };
  }
  return result;
};
