import { describe, expect, it } from 'vitest';
import { createLoudnessMeter } from '../../../src/audio/loudness/bs1770';
import { wavDataOffset } from '../../../src/audio/loudness/measure-file';
import { encodeWav } from '../../../src/audio/synth/wav';

/** Interleaved stereo: the same sine in both channels. */
const sine = ({ seconds, amplitude, hz, phase = 0 }: { seconds: number; amplitude: number; hz: number; phase?: number }): Float32Array => {
  const out = new Float32Array(seconds * 48_000 * 2);
  for (let i = 0; i < out.length / 2; i++) out[2 * i] = out[2 * i + 1] = amplitude * Math.sin((2 * Math.PI * hz * i) / 48_000 + phase);
  return out;
};
const measure = (...chunks: Float32Array[]) => {
  const meter = createLoudnessMeter();
  for (const chunk of chunks) meter.push(chunk);
  return meter.result();
};

describe('BS.1770 loudness meter', () => {
  it('reads a 997 Hz tone at −20 dBFS in both channels as −20 LUFS (the standard\'s calibration)', () => {
    const { integratedLufs, truePeakDb } = measure(sine({ seconds: 3, amplitude: 0.1, hz: 997 }));
    expect(integratedLufs).toBeCloseTo(-20, 1);
    expect(truePeakDb).toBeCloseTo(-20, 1);
  });

  it('gives the same answer however the samples are split into chunks', () => {
    const whole = sine({ seconds: 2, amplitude: 0.3, hz: 440 });
    expect(measure(whole.subarray(0, 12_345 * 2), whole.subarray(12_345 * 2))).toEqual(measure(whole));
  });

  it('gates out silence: a tone followed by twice as much silence measures close to the tone alone', () => {
    // Ungated, 2 s of tone in 6 s would read 4.8 LU quieter; only the blocks straddling the tone's end count.
    const tone = sine({ seconds: 2, amplitude: 0.1, hz: 997 });
    const { integratedLufs } = measure(tone, new Float32Array(48_000 * 4 * 2));
    expect([integratedLufs < -20, integratedLufs > -20.5]).toEqual([true, true]);
  });

  it('finds a peak between samples that the samples themselves miss', () => {
    // A tone at a quarter of the rate, 45° out of phase: every sample is at 0.707 of the true peak (−3 dB).
    const { truePeakDb } = measure(sine({ seconds: 1, amplitude: 0.5, hz: 12_000, phase: Math.PI / 4 }));
    expect(truePeakDb).toBeGreaterThan(20 * Math.log10(0.5 * 0.707) + 2);
    expect(truePeakDb).toBeLessThan(20 * Math.log10(0.5) + 0.3);
  });

  it('reads silence, and less than one block, as minus infinity', () => {
    expect(measure(new Float32Array(48_000 * 2)).integratedLufs).toBe(-Infinity);
    expect(measure(sine({ seconds: 0.3, amplitude: 0.5, hz: 997 })).integratedLufs).toBe(-Infinity);
  });
});

describe('wavDataOffset', () => {
  it('finds the samples after the header, and waits for a header cut short', () => {
    const wav = encodeWav(new Float32Array(10));
    expect([wavDataOffset(wav), wavDataOffset(wav.subarray(0, 30))]).toEqual([44, -1]);
  });
});
