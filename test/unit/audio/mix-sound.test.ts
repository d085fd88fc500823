import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mixEpisodeSound, MIX_SAMPLE_RATE } from '../../../src/audio/mix/mix-sound';
import { decodeWav16, encodeWav } from '../../../src/audio/synth/wav';
import { NO_ASSETS } from '../../../src/media/assets';
import { musicSchema } from '../../../src/schema';
import { resolveEpisode } from '../../../src/timeline';
import { dialogueBeat, parsedJob } from '../../fixtures/minimal';

const FPS = 30;
const RATE = 16_000;

/** A mono WAV: `seconds` of silence with a full-scale 1 kHz burst of 10 ms at its start. */
const burst = (seconds: number): Uint8Array => {
  const samples = new Float32Array(Math.round(seconds * RATE));
  for (let i = 0; i < RATE / 100; i++) samples[i] = Math.sin((2 * Math.PI * 1000 * i) / RATE);
  return encodeWav(samples, RATE);
};

/** Times (in frames) where the mix's left channel gets loud after at least 50 ms of quiet. */
const onsets = (samples: Float32Array): number[] => {
  const found: number[] = [];
  let quiet = Infinity;
  for (let i = 0; i < samples.length / 2; i++) {
    const loud = Math.abs(samples[i * 2] ?? 0) > 0.05;
    if (loud && quiet > MIX_SAMPLE_RATE / 20) found.push((i / MIX_SAMPLE_RATE) * FPS);
    quiet = loud ? 0 : quiet + 1;
  }
  return found;
};

describe('mixEpisodeSound', () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-mix-'));
  mkdirSync(path.join(publicDir, 'rec'));
  writeFileSync(path.join(publicDir, 'rec/line.wav'), burst(1));
  writeFileSync(path.join(publicDir, 'rec/bed.wav'), burst(0.5));

  it('lays a voice in at its line\'s first frame, at full level on both channels of a mono file', async () => {
    const episode = resolveEpisode(parsedJob({ beats: [dialogueBeat()] }));
    const voices = { talk: [{ src: 'rec/line.wav', durationInSeconds: 1, scratch: false }] };
    const out = path.join(publicDir, 'voice.wav');
    await mixEpisodeSound({ episode, assets: { ...NO_ASSETS, voices }, publicDir, outPath: out });
    const { samples, channels } = decodeWav16(readFileSync(out));
    expect(channels).toBe(2);
    expect(samples.length / 2).toBe(Math.round((episode.durationInFrames / FPS) * MIX_SAMPLE_RATE));
    const line = episode.beats[0]?.lines[0];
    expect(onsets(samples).map((f) => f.toFixed(2))).toEqual([(line?.fromInFrames ?? NaN).toFixed(2)]);
    expect(Math.max(...samples.subarray(0, MIX_SAMPLE_RATE).map(Math.abs))).toBeGreaterThan(0.9);
  });

  it('loops a music bed shorter than the episode from its start, ducked, through to the end', async () => {
    const episode = resolveEpisode(parsedJob({ beats: [dialogueBeat()] }));
    const music = { src: 'rec/bed.wav', durationInSeconds: 0.5, settings: musicSchema.parse({ volumeDb: 0, fadeInSeconds: 0, fadeOutSeconds: 0 }) };
    const out = path.join(publicDir, 'bed.wav');
    await mixEpisodeSound({ episode, assets: { ...NO_ASSETS, music }, publicDir, outPath: out });
    const bursts = onsets(decodeWav16(readFileSync(out)).samples);
    // One burst every half second (15 frames), from the first frame until the episode ends.
    expect(bursts.length).toBe(Math.ceil(episode.durationInFrames / 15));
    bursts.forEach((at, i) => expect(Math.abs(at - i * 15)).toBeLessThan(0.01));
  });
});
