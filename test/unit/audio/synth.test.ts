import { describe, expect, it } from 'vitest';
import { synthesize } from '../../../src/audio/synth/sounds';
import { encodeWav, wavSeconds } from '../../../src/audio/synth/wav';
import { SAMPLE_RATE } from '../../../src/audio/synth/dsp';
import { builtInSoundPath, presentBuiltInSounds, stableHash } from '../../../src/audio/cache';
import { BUILT_IN_SOUNDS } from '../../../src/schema';

const peakDb = (samples: Float32Array): number => 20 * Math.log10(samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0));

describe('synthesize', () => {
  it('makes the same samples every time (no clock, no Math.random)', () => {
    for (const name of BUILT_IN_SOUNDS) expect(encodeWav(synthesize(name))).toEqual(encodeWav(synthesize(name)));
  });

  it('peaks each sound at its place in the mix: the hit loudest, room tone far below', () => {
    expect(Object.fromEntries(BUILT_IN_SOUNDS.map((name) => [name, Math.round(peakDb(synthesize(name)))]))).toEqual({ ping: -8, send: -14, buzz: -10, hit: -2, 'room-tone': -40 });
  });

  it('loops room tone without a seam: its last sample leads into its first', () => {
    const tone = synthesize('room-tone');
    expect(tone.length).toBe(6 * SAMPLE_RATE);
    const jump = Math.abs((tone[0] ?? 0) - (tone[tone.length - 1] ?? 0));
    const typicalStep = Math.abs((tone[1000] ?? 0) - (tone[1001] ?? 0)) + 1e-4;
    expect(jump).toBeLessThan(typicalStep * 20);
  });
});

describe('WAV files', () => {
  it('encodes 16-bit mono and reads the length back from the header', () => {
    const wav = encodeWav(new Float32Array(SAMPLE_RATE / 2));
    expect([wav.length, wavSeconds(wav)]).toEqual([44 + SAMPLE_RATE, 0.5]);
  });

  it('reads the length of a streamed WAV (espeak-ng writes a huge data size) from the bytes that follow', () => {
    const wav = encodeWav(new Float32Array(2205), 22050);
    new DataView(wav.buffer).setUint32(40, 0x7fffffff, true);
    expect(wavSeconds(wav)).toBe(0.1);
  });

  it('reads nothing from a file that is not a WAV', () => {
    expect(wavSeconds(new TextEncoder().encode('RIFX not really'))).toBeNull();
  });
});

describe('cache paths', () => {
  it('names each built-in sound by its synthesizer version, and finds the ones present', () => {
    expect(builtInSoundPath('ping')).toBe('cliffhanger-cache/sounds/ping-v1.wav');
    expect(presentBuiltInSounds(new Set(['cliffhanger-cache/sounds/hit-v1.wav', 'cliffhanger-cache/sounds/ping-v0.wav']))).toEqual({ hit: 'cliffhanger-cache/sounds/hit-v1.wav' });
  });

  it('hashes the same text to the same short name, and different text to different names', () => {
    expect(stableHash('a line')).toBe(stableHash('a line'));
    expect(stableHash('a line')).not.toBe(stableHash('a lime'));
    expect(stableHash('a line')).toMatch(/^[0-9a-z]{6,12}$/);
  });
});
