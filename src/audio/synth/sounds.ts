import type { BuiltInSound } from '../../schema';
import { bandPass, lowPass, mixIn, noise, normalizePeak, silence } from './dsp';

// Tuning: each sound's peak in dBFS. The mix is loudness-normalised afterwards, so these set the balance between
// sounds, not the final level: the hit is the loudest moment of an episode, room tone sits far below speech.
const PEAK_DB: Readonly<Record<BuiltInSound, number>> = { ping: -8, send: -14, buzz: -10, hit: -2, 'room-tone': -40 };

const TAU = 2 * Math.PI;
const bell = (frequency: number, decaySeconds: number) => (t: number) =>
  Math.min(1, t / 0.003) * Math.exp(-t / decaySeconds) * (Math.sin(TAU * frequency * t) + 0.35 * Math.sin(TAU * frequency * 2.76 * t) * Math.exp(-t / 0.05));

/** A two-note glass ding, like a message arriving. */
const ping = (): Float32Array => {
  const out = silence(0.9);
  mixIn({ into: out, atSeconds: 0, seconds: 0.8, render: bell(1318.5, 0.16) });
  mixIn({ into: out, atSeconds: 0.085, seconds: 0.8, render: (t) => 0.9 * bell(1975.5, 0.22)(t) });
  return out;
};

/** A short rising air swoosh, like a message sent. */
const send = (): Float32Array => {
  const rand = noise(7);
  const air = silence(0.32).map((_, i) => rand() * Math.sin((Math.PI * i) / (0.32 * 48_000)) ** 2);
  return bandPass({ input: air, centreAt: (t) => 700 * 5 ** (t / 0.32), q: 2.5 });
};

/** Two bursts of a phone's vibration motor rattling on a desk. */
const buzz = (): Float32Array => {
  const rand = noise(11);
  const out = silence(1.4);
  for (const at of [0, 0.7]) {
    mixIn({ into: out, atSeconds: at, seconds: 0.45, render: (t) => Math.min(1, t / 0.02, (0.45 - t) / 0.03) * (Math.sign(Math.sin(TAU * 158 * t)) * 0.6 + 0.4 * rand()) });
  }
  return lowPass(out, 2200);
};

/** A cinematic impact: a falling sub boom, a transient crack and a dark tail. */
const hit = (): Float32Array => {
  const rand = noise(23);
  const out = silence(3);
  let phase = 0;
  mixIn({ into: out, atSeconds: 0, seconds: 3, render: (t) => {
    phase += (TAU * (38 + 70 * Math.exp(-t / 0.12))) / 48_000;
    return Math.min(1, t / 0.004) * Math.exp(-t / 0.9) * Math.sin(phase);
  } });
  const crack = lowPass(silence(3).map((_, i) => rand() * Math.exp(-i / (0.05 * 48_000))), 3000);
  const tail = lowPass(silence(3).map((_, i) => rand() * 0.25 * Math.min(1, i / 2400) * Math.exp(-i / (0.8 * 48_000))), 500);
  return out.map((s, i) => s + 0.5 * (crack[i] ?? 0) + (tail[i] ?? 0));
};

/** Six seconds of quiet office air that loops without a seam (its end is crossfaded into its start). */
const roomTone = (): Float32Array => {
  const rand = noise(31);
  const loopSeconds = 6;
  const overlap = 0.5 * 48_000;
  const raw = lowPass(lowPass(silence(loopSeconds + 0.5).map(() => rand()), 900), 400);
  const out = raw.slice(0, loopSeconds * 48_000);
  for (let i = 0; i < overlap; i++) {
    const w = i / overlap;
    out[i] = (raw[i] ?? 0) * w + (raw[i + loopSeconds * 48_000] ?? 0) * (1 - w);
  }
  return out;
};

const SYNTHS: Readonly<Record<BuiltInSound, () => Float32Array>> = { ping, send, buzz, hit, 'room-tone': roomTone };

/** Synthesizes a built-in sound, peak-normalised to its place in the mix. Deterministic: no randomness from the clock. */
export const synthesize = (name: BuiltInSound): Float32Array => normalizePeak(SYNTHS[name](), PEAK_DB[name]);
