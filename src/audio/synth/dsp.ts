/** Sample rate of every synthesized sound: the rate Remotion mixes and platforms expect. */
export const SAMPLE_RATE = 48_000;

/** A deterministic noise source (mulberry32), so the same sound is synthesized byte for byte on every machine. */
export const noise = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
};

/** A buffer of `seconds` of silence. */
export const silence = (seconds: number): Float32Array => new Float32Array(Math.round(seconds * SAMPLE_RATE));

/** Adds `render(t)` into a buffer from `atSeconds`, for `seconds`. */
export const mixIn = ({ into, atSeconds, seconds, render }: { into: Float32Array; atSeconds: number; seconds: number; render: (t: number) => number }): void => {
  const start = Math.round(atSeconds * SAMPLE_RATE);
  const end = Math.min(into.length, start + Math.round(seconds * SAMPLE_RATE));
  for (let i = start; i < end; i++) into[i] = (into[i] ?? 0) + render((i - start) / SAMPLE_RATE);
};

/** A resonant band-pass (RBJ biquad) whose centre frequency may move over time. */
export const bandPass = ({ input, centreAt, q }: { input: Float32Array; centreAt: (t: number) => number; q: number }): Float32Array => {
  const out = new Float32Array(input.length);
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < input.length; i++) {
    const w = (2 * Math.PI * centreAt(i / SAMPLE_RATE)) / SAMPLE_RATE;
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    const x = input[i] ?? 0;
    const y = ((alpha * x - alpha * x2) - -2 * Math.cos(w) * y1 - (1 - alpha) * y2) / a0;
    x2 = x1; x1 = x; y2 = y1; y1 = y;
    out[i] = y;
  }
  return out;
};

/** A one-pole low-pass, for soft noise beds. */
export const lowPass = (input: Float32Array, cutoffHz: number): Float32Array => {
  const k = 1 - Math.exp((-2 * Math.PI * cutoffHz) / SAMPLE_RATE);
  const out = new Float32Array(input.length);
  let y = 0;
  for (let i = 0; i < input.length; i++) out[i] = y += k * ((input[i] ?? 0) - y);
  return out;
};

/** Scales a buffer so its highest sample peaks at `peakDb` dBFS. */
export const normalizePeak = (buffer: Float32Array, peakDb: number): Float32Array => {
  let peak = 0;
  for (const s of buffer) peak = Math.max(peak, Math.abs(s));
  const gain = peak > 0 ? 10 ** (peakDb / 20) / peak : 0;
  return buffer.map((s) => s * gain);
};
