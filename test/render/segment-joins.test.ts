import { bundle } from '@remotion/bundler';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../../src/audio/synth/wav';
import { createRenderer, type Renderer } from '../../src/render/renderer';
import { openRenderCache, type SegmentPlan } from '../../src/render/segments';
import { renderCached } from '../../src/render/segments/render-cached';
import { layeringFfmpeg } from '../../src/render/layers/system-ffmpeg';
import { BITS, DURATION_IN_FRAMES, FLASH_CLICK_ID, FLASH_FRAMES } from '../fixtures/segments/flash-click';
import { frameTimes, greyFrames, monoSamples, onsets } from './decode';

const FPS = 30;
const SAMPLE_RATE = 48_000;
// ffprobe prints times to the microsecond: an exact 1/30 s grid reads within half a microsecond of i/30.
const MAX_TIME_ERROR_SECONDS = 1e-6;
// Segments are cut at the first, third and fourth flash; the second flash falls inside a segment, as a control.
const SEGMENTS = [
  { fromInFrames: 0, durationInFrames: 20, beatIndex: 0 },
  { fromInFrames: 20, durationInFrames: 25, beatIndex: 1 },
  { fromInFrames: 45, durationInFrames: 25, beatIndex: 2 },
  { fromInFrames: 70, durationInFrames: 20, beatIndex: 3 },
];
const plan = (version: string, changed: readonly number[] = []): SegmentPlan => ({
  fps: FPS,
  durationInFrames: DURATION_IN_FRAMES,
  segments: SEGMENTS,
  keys: SEGMENTS.map((_, i) => `${changed.includes(i) ? version : 'v1'}-segment-${i}`.padEnd(64, '0')),
  soundKey: `${version}-sound`.padEnd(64, '0'),
});

/** The fixture's sound: a 5 ms, 2 kHz click at full scale on every flash frame, silence between. */
const clicks = (): Uint8Array => {
  const samples = new Float32Array((DURATION_IN_FRAMES / FPS) * SAMPLE_RATE);
  for (const frame of FLASH_FRAMES) {
    const at = Math.round((frame / FPS) * SAMPLE_RATE);
    for (let i = 0; i < SAMPLE_RATE / 200; i++) samples[at + i] = 0.8 * Math.sin((2 * Math.PI * 2000 * i) / SAMPLE_RATE);
  }
  return encodeWav(samples, SAMPLE_RATE);
};

/** What each decoded frame says it is (the blocks), and whether it flashes. */
const readFrames = async (file: string) =>
  (await greyFrames(file, BITS, 2)).map((pixels) => ({
    frame: [...pixels.subarray(0, BITS)].reduce((n, v, bit) => n + (v > 128 ? 1 << bit : 0), 0),
    flash: (pixels[BITS] ?? 0) > 128,
  }));

describe('segments joined without re-encoding', () => {
  let renderer: Renderer;
  let layering: string | null = null;
  const dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-joins-'));
  const cache = openRenderCache(path.join(dir, 'cache'));
  const publicDir = path.join(dir, 'public');
  const target = { compositionId: FLASH_CLICK_ID, inputProps: {} };
  const render = (version: string, changed: readonly number[], out: string, options: { layering?: string | null; cacheDir?: string } = {}) =>
    renderCached({
      renderer,
      target,
      plan: plan(version, changed),
      cache: options.cacheDir ? openRenderCache(options.cacheDir) : cache,
      outPath: path.join(dir, out),
      loudness: null,
      encode: { colorSpace: 'default' },
      layering: options.layering === undefined ? layering : options.layering,
      footage: [],
      publicDir,
      mixSound: async (wavPath) => writeFileSync(wavPath, clicks()),
    });

  beforeAll(async () => {
    mkdirSync(publicDir);
    layering = await layeringFfmpeg();
    const serveUrl = bundle({ entryPoint: path.resolve(import.meta.dirname, '../fixtures/segments/flash-click.tsx'), publicDir });
    renderer = createRenderer({ serveUrl: () => serveUrl });
  });
  afterAll(() => renderer?.close());

  const check = async (file: string) => {
    const frames = await readFrames(file);
    expect(frames.map((f) => f.frame)).toEqual([...Array(DURATION_IN_FRAMES).keys()]);
    expect(frames.flatMap((f, i) => (f.flash ? [i] : []))).toEqual(FLASH_FRAMES);
    // Each frame must also be shown at its own time: a frame a fraction early is paired with the one before it by
    // players and by frame-exact comparisons (ffmpeg's psnr), which is a duplicated and a dropped frame on screen.
    const late = (await frameTimes(file)).map((t, i) => Math.abs(t - i / FPS)).filter((error) => error > MAX_TIME_ERROR_SECONDS);
    expect(late).toEqual([]);
    const clicks = onsets(await monoSamples(file, SAMPLE_RATE), { loud: 8000, quietSamples: SAMPLE_RATE / 100, sampleRate: SAMPLE_RATE }).map((sample) => (sample / SAMPLE_RATE) * FPS);
    expect(clicks).toHaveLength(FLASH_FRAMES.length);
    clicks.forEach((at, i) => expect(Math.abs(at - (FLASH_FRAMES[i] ?? 0))).toBeLessThan(1));
  };

  it('has an ffmpeg that composites layers here (scripts/ensure-media-tools.sh installs it), so the tests below render layered', () => {
    expect(layering).not.toBeNull();
  });

  it('renders every frame once, in order, with each click within a frame of its flash', async () => {
    const report = await render('v1', [], 'first.mp4');
    expect(report).toEqual({ segments: 4, reusedSegments: 0, renderedFrames: 90, capturedFrames: 90, soundReused: false, loudness: null });
    await check(path.join(dir, 'first.mp4'));
  });

  it('stays frame-exact and in sync when cached segments are joined with re-rendered ones and the sound is mixed again', async () => {
    const report = await render('v2', [1, 3], 'second.mp4');
    expect(report).toEqual({ segments: 4, reusedSegments: 2, renderedFrames: 45, capturedFrames: 45, soundReused: false, loudness: null });
    await check(path.join(dir, 'second.mp4'));
  });

  it('joins from the cache alone when nothing changed', async () => {
    const report = await render('v2', [1, 3], 'third.mp4');
    expect(report).toEqual({ segments: 4, reusedSegments: 4, renderedFrames: 0, capturedFrames: 0, soundReused: true, loudness: null });
    await check(path.join(dir, 'third.mp4'));
  });

  it('is as exact without layers, where Remotion captures and encodes every frame (a machine without a compositing ffmpeg)', async () => {
    const report = await render('v1', [], 'plain.mp4', { layering: null, cacheDir: path.join(dir, 'plain-cache') });
    expect(report).toEqual({ segments: 4, reusedSegments: 0, renderedFrames: 90, capturedFrames: 90, soundReused: false, loudness: null });
    await check(path.join(dir, 'plain.mp4'));
  });
});
