import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { openBrowser, renderStill, selectComposition } from '@remotion/renderer';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/render/browser';
import { MEDIA_SERIES_FILES } from '../fixtures/media-series';

type Rgb = readonly [number, number, number];

const browserChoice = findBrowser();
const options = { browserExecutable: browserChoice.executable, chromeMode: browserChoice.chromeMode } as const;
let serveUrl = '';
let publicDir = '';
let browser: Awaited<ReturnType<typeof openBrowser>>;

/** A 1600x1200 card, blue with a yellow disc at 50 %, 40 %. */
const writeCard = (file: string): void => {
  const png = new PNG({ width: 1600, height: 1200 });
  for (let i = 0; i < 1600 * 1200; i++) {
    const x = i % 1600;
    const y = Math.floor(i / 1600);
    png.data.set((x - 800) ** 2 + (y - 480) ** 2 < 100 ** 2 ? [250, 220, 40, 255] : [40, 60, 120, 255], i * 4);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, PNG.sync.write(png));
};

const composition = (id: string) => selectComposition({ serveUrl, id, puppeteerInstance: browser, ...options });

const frameOf = async (id: string, frame: number): Promise<PNG> => {
  const { buffer } = await renderStill({ serveUrl, composition: await composition(id), frame, puppeteerInstance: browser, ...options });
  if (!buffer) throw new Error('renderStill returned no buffer');
  return PNG.sync.read(buffer);
};

const pixel = (png: PNG, x: number, y: number): Rgb => {
  const i = (y * png.width + x) * 4;
  return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
};
const near = (a: Rgb, b: Rgb, tolerance = 40): boolean => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

beforeAll(async () => {
  publicDir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-media-frames-'));
  execFileSync('bash', ['scripts/make-fixtures.sh', 'test', path.join(publicDir, 'media-fixture/fx')]);
  writeCard(path.join(publicDir, MEDIA_SERIES_FILES.still));
  copyFileSync(path.join(publicDir, 'media-fixture/fx/voice.wav'), path.join(publicDir, MEDIA_SERIES_FILES.voice));
  serveUrl = await bundle({ entryPoint: path.resolve('test/fixtures/media-entry.tsx'), publicDir });
  browser = await openBrowser('chrome', options);
});

afterAll(async () => {
  await browser?.close({ silent: true });
  if (publicDir) rmSync(publicDir, { recursive: true, force: true });
});

describe('media found inside the bundle (the Studio\'s way)', () => {
  it('times the clip beat by its dropped-in 1.2 s recording', async () => {
    // Clip beat: 0.35 + 1.2 + 0.6 s = 65 frames (its reading time alone would give 59); the reaction holds 66.
    expect((await composition('media-fixture-e01')).durationInFrames).toBe(65 + 66);
  });

  it('crops the named 16:9 clip around its focal point: the orange square lands in the middle of the safe area (x 482), 40 % down', async () => {
    const png = await frameOf('media-fixture-e01', 10);
    expect([near(pixel(png, 482, 768), [240, 180, 60]), near(pixel(png, 700, 768), [32, 48, 96])]).toEqual([true, true]);
  });

  it('shows the dropped-in still instead of the animatic panel, its disc at the default focal point', async () => {
    // The card is 2560 px wide on the frame; its disc (50 %, 40 %, radius 160 px) lands at the safe area's middle, x 482.
    const png = await frameOf('media-fixture-e01', 65);
    expect([near(pixel(png, 482, 768), [250, 220, 40]), near(pixel(png, 700, 768), [40, 60, 120]), near(pixel(png, 482, 1500), [40, 60, 120])]).toEqual([true, true, true]);
  });

  it('letterboxes a 4:3 still with contain, above the middle, its bars filled with a blurred, darkened copy of it', async () => {
    // 1600x1200 at 1080 wide is 810 high, its top at 42 % of the frame less half of it (401): the disc (50 %, 40 %) at y 725.
    const png = await frameOf('media-fixture-e03', 0);
    const bar = pixel(png, 540, 120);
    expect([near(pixel(png, 540, 725), [250, 220, 40]), near(pixel(png, 100, 600), [40, 60, 120]), near(bar, [13, 15, 20], 12), bar[2] > bar[0] + 15]).toEqual([true, true, false, true]);
  });

  it('plays the problems notice when a named file is missing from public/', async () => {
    const png = await frameOf('media-fixture-e02', 0);
    expect(near(pixel(png, 150, 276), [0xe6, 0x39, 0x46])).toBe(true);
  });
});
