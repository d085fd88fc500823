import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { openBrowser, renderStill, selectComposition } from '@remotion/renderer';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/browser';
import { JOB_COMPOSITION_ID } from '../../src/render/paths';
import { createRenderer, DEFAULT_CONCURRENCY } from '../../src/render/renderer';
import { CAPTION_FILES, captionSeries } from '../fixtures/caption-series';

// Cues of test/fixtures/caption-series.ts (buildCaptionTrack): e02 from its script, "Stop." on frames 11–40 and
// "Because I said so." on 107–150; e03 from its WebVTT file, "Open the door." on 30–74 and "Now." on 90–119;
// e01 says "He told me to delete it. I didn't." over the chat insert on frames 129–217.
// The caption band (x 65–900, above y 1400) with a margin: e02 and e03 draw every word pure green.
const BAND = { x: 40, y: 1000, w: 900, h: 440 };

const browserChoice = findBrowser();
const options = { browserExecutable: browserChoice.executable, chromeMode: browserChoice.chromeMode } as const;
let serveUrl = '';
let publicDir = '';
let browser: Awaited<ReturnType<typeof openBrowser>>;

const compositions = new Map<string, Awaited<ReturnType<typeof selectComposition>>>();

const frameOf = async (id: string, frame: number): Promise<PNG> => {
  const composition = compositions.get(id) ?? (await selectComposition({ serveUrl, id, puppeteerInstance: browser, ...options }));
  compositions.set(id, composition);
  const { buffer } = await renderStill({ serveUrl, composition, frame, puppeteerInstance: browser, ...options });
  if (!buffer) throw new Error('renderStill returned no buffer');
  return PNG.sync.read(buffer);
};

/** Pixels of the band (every 2nd, both ways) that pass a test; `data` is RGBA (PNG) or RGB (decoded video) rows of `width`. */
const countIn = (data: Uint8Array, width: number, channels: number, rect: typeof BAND, test: (r: number, g: number, b: number) => boolean): number => {
  let n = 0;
  for (let y = rect.y; y < rect.y + rect.h; y += 2) {
    for (let x = rect.x; x < rect.x + rect.w; x += 2) {
      const i = (y * width + x) * channels;
      if (test(data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0)) n++;
    }
  }
  return n;
};
const green = (r: number, g: number, b: number) => g > 180 && r < 100 && b < 100;
const white = (r: number, g: number, b: number) => r > 235 && g > 235 && b > 235;
const greenIn = (png: PNG) => countIn(png.data, png.width, 4, BAND, green);

beforeAll(async () => {
  publicDir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-caption-frames-'));
  mkdirSync(path.join(publicDir, path.dirname(CAPTION_FILES.vtt)), { recursive: true });
  writeFileSync(path.join(publicDir, CAPTION_FILES.vtt), CAPTION_FILES.vttText);
  serveUrl = await bundle({ entryPoint: path.resolve('test/fixtures/caption-entry.tsx'), publicDir });
  browser = await openBrowser('chrome', options);
});

afterAll(async () => {
  await browser?.close({ silent: true });
  if (publicDir) rmSync(publicDir, { recursive: true, force: true });
});

/** Whether captions are on screen at each frame (a green count well above anything else in the band). */
const visibleAt = async (id: string, frames: readonly number[]): Promise<boolean[]> => {
  const counts: number[] = [];
  for (const frame of frames) counts.push(greenIn(await frameOf(id, frame)));
  // Absent means none at all: the fixture's set has no pure green.
  expect(counts.every((n) => n === 0 || n > 800)).toBe(true);
  return counts.map((n) => n > 800);
};

describe('burned-in captions, frame by frame', () => {
  it('show a script cue on exactly its frames: not one before, from the first, to the last, not one after', async () => {
    expect(await visibleAt('caption-fixture-e02', [10, 11, 40, 41])).toEqual([false, true, true, false]);
    expect(await visibleAt('caption-fixture-e02', [106, 107, 150, 151])).toEqual([false, true, true, false]);
  });

  it('show an imported cue on exactly the frames its WebVTT times round to', async () => {
    expect(await visibleAt('caption-fixture-e03', [29, 30, 74, 75])).toEqual([false, true, true, false]);
    expect(await visibleAt('caption-fixture-e03', [89, 90, 119, 120])).toEqual([false, true, true, false]);
  });

  it('show over an insert', async () => {
    const whiteAt = async (frame: number) => countIn((await frameOf('caption-fixture-e01', frame)).data, 1080, 4, BAND, white);
    const [before, first] = [await whiteAt(128), await whiteAt(129)];
    expect(first - before).toBeGreaterThan(1500);
  });

  it(`stay on every frame of a cue through renderMedia at the renderer's concurrency (${DEFAULT_CONCURRENCY}), decoded from the MP4`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-caption-video-'));
    const out = path.join(dir, 'range.mp4');
    const [, e02] = captionSeries.episodes;
    const renderer = createRenderer({});
    try {
      await renderer.renderVideo({ target: { compositionId: JOB_COMPOSITION_ID, inputProps: { series: captionSeries.series, episode: e02 } }, outPath: out, frameRange: [9, 42], loudness: null });
    } finally {
      await renderer.close();
    }
    const crop = `crop=${BAND.w}:${BAND.h}:${BAND.x}:${BAND.y}`;
    const raw = execFileSync('ffmpeg', ['-loglevel', 'error', '-i', out, '-vf', crop, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 1 << 28 });
    rmSync(dir, { recursive: true, force: true });
    const frameBytes = BAND.w * BAND.h * 3;
    expect(raw.length / frameBytes).toBe(34);
    const visible = Array.from({ length: 34 }, (_, i) => countIn(raw.subarray(i * frameBytes, (i + 1) * frameBytes), BAND.w, 3, { x: 0, y: 0, w: BAND.w, h: BAND.h }, green) > 800);
    // Frames 9 and 10 come before "Stop." (11–40), frames 41 and 42 after it: every frame between has it.
    expect(visible).toEqual([false, false, ...Array.from({ length: 30 }, () => true), false, false]);
  });
});
