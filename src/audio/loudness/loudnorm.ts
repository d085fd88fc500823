import type { LoudnessTarget } from '../../schema';

// Tuning: the loudness range allowed before loudnorm refuses linear gain. A drama swings from whispers to a hit on
// the cliffhanger; the widest range keeps the mix's dynamics and leaves only the true-peak limit to force dynamic mode.
const MAX_LRA = 50;
/** Below this integrated loudness a mix is treated as silent and left as it is (loudnorm cannot measure silence). */
export const SILENCE_LUFS = -70;

/** What loudnorm measured (pass 1) or did (pass 2), from its JSON report. */
export type LoudnormReport = {
  readonly inputI: number;
  readonly inputTp: number;
  readonly inputLra: number;
  readonly inputThresh: number;
  readonly outputI: number;
  readonly outputTp: number;
  readonly targetOffset: number;
  readonly normalizationType: 'linear' | 'dynamic' | null;
};

const number = (value: unknown): number => {
  const n = Number(value);
  return Number.isFinite(n) ? n : -Infinity;
};

/** Reads loudnorm's JSON report from ffmpeg's stderr (the last {…} block); null when there is none. */
export const parseLoudnormReport = (stderr: string): LoudnormReport | null => {
  const start = stderr.lastIndexOf('{');
  const end = stderr.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(stderr.slice(start, end + 1)) as Record<string, unknown>;
  } catch {
    return null;
  }
  const type = json['normalization_type'];
  return {
    inputI: number(json['input_i']),
    inputTp: number(json['input_tp']),
    inputLra: number(json['input_lra']),
    inputThresh: number(json['input_thresh']),
    outputI: number(json['output_i']),
    outputTp: number(json['output_tp']),
    targetOffset: number(json['target_offset']),
    normalizationType: type === 'linear' || type === 'dynamic' ? type : null,
  };
};

const target = (t: LoudnessTarget): string => `I=${t.integratedLufs}:TP=${t.truePeakDb}:LRA=${MAX_LRA}`;

/** The pass-1 filter: measure only. */
export const measureFilter = (t: LoudnessTarget): string => `loudnorm=${target(t)}:print_format=json`;

/** The pass-2 filter: the measured values fed back, linear gain where the true-peak limit allows it. */
export const normalizeFilter = (t: LoudnessTarget, measured: LoudnormReport): string =>
  `loudnorm=${target(t)}:measured_I=${measured.inputI}:measured_TP=${measured.inputTp}:measured_LRA=${measured.inputLra}:measured_thresh=${measured.inputThresh}:offset=${measured.targetOffset}:linear=true:print_format=json`;
