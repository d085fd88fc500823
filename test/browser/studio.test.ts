import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchBrowser, startStudio, type StudioServer } from './studio-server';

// Set UPDATE_DOCS_IMAGES=1 to refresh the README's Studio screenshot from this test.
const SCREENSHOT = process.env['UPDATE_DOCS_IMAGES'] ? path.join(ROOT, 'docs/images/studio.png') : null;

describe('Remotion Studio', () => {
  let studio: StudioServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    studio = await startStudio();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
    await studio?.stop();
  });

  it('lists every episode of the demo series as a composition in a folder named after the series', async () => {
    await page.goto(`${studio.url}/the-stolen-design-e01`);
    await page.getByText('the-stolen-design-e01', { exact: true }).first().waitFor({ timeout: 120_000 });
    const sidebar = await page.locator('body').innerText();
    for (const id of ['the-stolen-design', 'the-stolen-design-e01', 'the-stolen-design-e02', 'the-stolen-design-e03', 'jobs']) {
      expect(sidebar).toContain(id);
    }
  });

  it('edits the episode through the schema in the props editor', async () => {
    await page.getByLabel('Expand right sidebar').click();
    // Fields of the episode job schema, and the duration calculateMetadata took from the timeline (48.7 s).
    await page.getByText('premise:', { exact: true }).first().waitFor({ timeout: 60_000 });
    const text = await page.locator('body').innerText();
    expect(text).toContain('1460 frames');
    for (const field of ['series: {', 'premise:', 'characters: [', 'episode: {', 'beats: [']) expect(text).toContain(field);
    if (SCREENSHOT) {
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    }
  });
});
