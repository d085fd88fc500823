import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenes } from '../../src/project/load-scenes';
import { createRenderer } from '../../src/render/renderer';
import { ROOT, launchBrowser, startStudio, type StudioServer } from './studio-server';

// Set UPDATE_DOCS_IMAGES=1 to refresh the README's safe-zone images from this test.
const DOCS = process.env['UPDATE_DOCS_IMAGES'] ? path.join(ROOT, 'docs/images') : null;
const EPISODE = 'the-stolen-design-e01';
/** 4 s in: Maya's first line is on screen. The Studio steps a second with Shift+→. */
const SECONDS = 4;
const FRAME = SECONDS * 30;
/** The guide's outline of the safe area (x 65–900, y 269–1460 for TikTok, Reels and Shorts): 5 px of #39ff88 inside x 65. */
const OUTLINE_X = 67;
const OUTLINE_ROWS = [600, 700, 800, 900, 1000, 1100] as const;

type Rgb = readonly [number, number, number];
const pixel = (png: PNG, x: number, y: number): Rgb => {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
};
/** The outline's green: much more green than red or blue, whatever the picture under it. */
const guideGreen = ([r, g, b]: Rgb): boolean => g > 200 && r < 120 && b > 90 && b < 190;
/** How many sampled points of the outline's left edge are guide green, on a frame image of any scale. */
const outlineHits = (png: PNG): number => {
  const scale = png.width / 1080;
  return OUTLINE_ROWS.filter((y) => guideGreen(pixel(png, OUTLINE_X * scale, y * scale))).length;
};

describe('safe-zone guides', () => {
  let studio: StudioServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    studio = await startStudio();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 2 });
    await page.goto(`${studio.url}/${EPISODE}`);
    await page.locator('[data-safe-zone-guide]').waitFor({ timeout: 120_000 });
    await page.mouse.click(1300, 500);
    for (let i = 0; i < SECONDS; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.getByText(`${FRAME}`, { exact: true }).first().waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await studio?.stop();
  });

  it('shows the series’ platforms in the Studio: a tag per platform edge, the safe area outlined, the action column’s buttons', async () => {
    const guide = page.locator('[data-safe-zone-guide]');
    expect((await guide.innerText()).split('\n')).toEqual([
      'SAFE AREA · x 65–900 · y 269–1460',
      'TikTok 250',
      'TikTok 460',
      'Instagram Reels 269',
      'Instagram Reels 380',
      'YouTube Shorts 220',
      'YouTube Shorts 311',
      'Guides show in the Studio only, never in a render',
    ]);
    const shot = PNG.sync.read(await guide.screenshot());
    expect(outlineHits(shot)).toBe(OUTLINE_ROWS.length);
    if (DOCS) {
      mkdirSync(DOCS, { recursive: true });
      await guide.screenshot({ path: path.join(DOCS, 'safe-zone-guides.png') });
    }
  });

  it('never draws them in a render of the same frame', async () => {
    const dir = path.join(tmpdir(), `cliffhanger-guides-${process.pid}`);
    const catalog = await loadScenes(ROOT);
    const episode = catalog.episodes.find((e) => e.id === EPISODE);
    const renderer = createRenderer();
    try {
      await renderer.renderStill({ target: { compositionId: EPISODE, inputProps: { ...episode?.input } }, outPath: path.join(dir, 'f0.png'), frame: FRAME });
      const rendered = PNG.sync.read(readFileSync(path.join(dir, 'f0.png')));
      expect([rendered.width, rendered.height, outlineHits(rendered)]).toEqual([1080, 1920, 0]);
    } finally {
      await renderer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns off with preview.safeZoneGuides in the props editor', async () => {
    await page.getByLabel('Expand right sidebar').click();
    const label = page.getByText('safeZoneGuides:').first();
    await label.scrollIntoViewIfNeeded({ timeout: 60_000 });
    const toggle = label.locator('xpath=ancestor::*[.//input[@type="checkbox"]][1]//input[@type="checkbox"]').first();
    expect(await toggle.isChecked()).toBe(true);
    if (DOCS) await page.screenshot({ path: path.join(DOCS, 'studio-safe-zones.png') });
    await toggle.click({ force: true });
    await page.locator('[data-safe-zone-guide]').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.locator('[data-safe-zone-guide]').count()).toBe(0);
  });
});
