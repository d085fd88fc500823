import { chromium } from 'playwright-core';
import { CliffhangerError } from '../errors';
import type { BrowserChoice } from '../render/browser';
import type { BoardFormat } from './board-format';
import { PHONE } from './sheet-layout';

/** Flags headless Chromium needs here: no sandbox as root, and no background traffic to servers it cannot reach. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The print layout sizes itself in millimetres; the viewport only has to be at least an A4 width at 96 dpi. */
const PRINT_VIEWPORT = { width: 800, height: 1130 } as const;

/** The Chromium that lays out the sheet: the renderer's, which must be an installed one (playwright cannot download its own here). */
export const sheetBrowser = (choice: BrowserChoice): string => {
  if (choice.executable) return choice.executable;
  throw CliffhangerError.plain('browser', 'a storyboard needs Chrome or Chromium installed to lay out its sheet, and none was found', 'Install one (Debian/Ubuntu: sudo apt-get install -y chromium), or set CLIFFHANGER_BROWSER=/path/to/chrome');
};

/**
 * Prints an HTML sheet with a system Chromium through playwright-core: every page as A4 PDF, or the phone layout
 * as one full-height PNG at PHONE.deviceScale. Writes to `outPath` directly; the caller makes it atomic.
 */
export const printSheet = async ({ html, format, outPath, executable }: { html: string; format: BoardFormat; outPath: string; executable: string }): Promise<void> => {
  const browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage(
      format === 'pdf' ? { viewport: PRINT_VIEWPORT } : { viewport: { width: PHONE.widthPx, height: PHONE.widthPx }, deviceScaleFactor: PHONE.deviceScale },
    );
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (format === 'pdf') await page.pdf({ path: outPath, preferCSSPageSize: true, printBackground: true });
    else await page.screenshot({ path: outPath, fullPage: true, type: 'png' });
  } finally {
    await browser.close();
  }
};
