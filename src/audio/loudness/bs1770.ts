/**
 * A loudness meter after ITU-R BS.1770-4 / EBU R128, for 48 kHz stereo: K-weighting, 400 ms blocks every 100 ms,
 * an absolute gate at −70 LUFS and a relative gate 10 LU below, and true peak from 4× oversampling. It checks what
 * loudnorm did, because platforms measure this way and loudnorm's own measure can differ by more than 1 LU on
 * short, dynamic mixes. Remotion's ffmpeg has no ebur128 filter, so the meter is written out here.
 */

const RATE = 48_000;
const BLOCK = (RATE * 400) / 1000;
const STEP = (RATE * 100) / 1000;
/** K-weighting at 48 kHz (BS.1770-4, table 1 and 2): a high shelf, then the RLB high-pass. */
const SHELF = { b: [1.53512485958697, -2.69169618940638, 1.19839281085285], a: [-1.69065929318241, 0.73248077421585] } as const;
const HIGH_PASS = { b: [1, -2, 1], a: [-1.99004745483398, 0.99007225036621] } as const;
/** Taps per phase of the 4× interpolator for true peak (a Hann-windowed sinc; 12 keeps the error under 0.2 dB). */
const TAPS = 12;
/** Samples within this factor (6 dB) of the highest so far are interpolated; quieter ones cannot hold the true peak. */
const NEAR_PEAK = 2;

type Biquad = { readonly b: readonly number[]; readonly a: readonly number[] };

const biquad = ({ b, a }: Biquad) => {
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  return (x: number): number => {
    const y = (b[0] ?? 0) * x + (b[1] ?? 0) * x1 + (b[2] ?? 0) * x2 - (a[0] ?? 0) * y1 - (a[1] ?? 0) * y2;
    x2 = x1; x1 = x; y2 = y1; y1 = y;
    return y;
  };
};

const PHASES = [1, 2, 3].map((phase) =>
  Array.from({ length: TAPS }, (_, k) => {
    const t = k - TAPS / 2 + 1 - phase / 4;
    const sinc = t === 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
    return sinc * (0.5 + 0.5 * Math.cos((Math.PI * t) / (TAPS / 2)));
  }),
);

/** The highest absolute value between samples, from the last TAPS samples of a channel. */
const interpolatedPeak = (history: Float64Array, at: number): number => {
  let peak = 0;
  for (const taps of PHASES) {
    let sum = 0;
    for (let k = 0; k < TAPS; k++) sum += (taps[k] ?? 0) * (history[(at + k) % TAPS] ?? 0);
    peak = Math.max(peak, Math.abs(sum));
  }
  return peak;
};

/** What the meter measured. */
export type Bs1770Result = { readonly integratedLufs: number; readonly truePeakDb: number };

/** A meter fed interleaved stereo float samples at 48 kHz, chunk by chunk. */
export const createLoudnessMeter = () => {
  const weight = [0, 1].map(() => [biquad(SHELF), biquad(HIGH_PASS)] as const);
  const histories = [new Float64Array(TAPS), new Float64Array(TAPS)];
  const power = new Float64Array(BLOCK);
  let written = 0;
  let windowSum = 0;
  let peak = 0;
  const blocks: number[] = [];
  return {
    push: (interleaved: Float32Array): void => {
      for (let i = 0; i + 1 < interleaved.length; i += 2) {
        let sum = 0;
        for (let c = 0; c < 2; c++) {
          const x = interleaved[i + c] ?? 0;
          const [shelf, highPass] = weight[c] ?? [];
          const y = highPass?.(shelf?.(x) ?? 0) ?? 0;
          sum += y * y;
          const history = histories[c] ?? new Float64Array(TAPS);
          history[written % TAPS] = x;
          const level = Math.abs(x);
          if (level > peak) peak = level;
          // Between-sample peaks rise at most a few dB above the samples around them: interpolate only near the peak.
          if (level * NEAR_PEAK > peak) peak = Math.max(peak, interpolatedPeak(history, (written + 1) % TAPS));
        }
        windowSum += sum - (power[written % BLOCK] ?? 0);
        power[written % BLOCK] = sum;
        written++;
        if (written >= BLOCK && (written - BLOCK) % STEP === 0) blocks.push(windowSum / BLOCK);
      }
    },
    result: (): Bs1770Result => {
      const lufs = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);
      const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
      const audible = blocks.filter((z) => lufs(z) > -70);
      const relativeGate = lufs(mean(audible)) - 10;
      const gated = audible.filter((z) => lufs(z) > relativeGate);
      return { integratedLufs: gated.length > 0 ? lufs(mean(gated)) : -Infinity, truePeakDb: 20 * Math.log10(peak) };
    },
  };
};
