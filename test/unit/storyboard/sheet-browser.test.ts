import { describe, expect, it } from 'vitest';
import { sheetBrowser } from '../../../src/storyboard/sheet-browser';

describe('sheetBrowser', () => {
  it('lays the sheet out in the Chromium the stills were rendered with', () => {
    expect(sheetBrowser({ executable: '/usr/bin/chromium', chromeMode: 'chrome-for-testing', source: 'system' })).toBe('/usr/bin/chromium');
  });

  it('refuses to start rendering without an installed browser, saying how to get one', () => {
    expect(() => sheetBrowser({ executable: null, chromeMode: 'headless-shell', source: 'remotion-download' })).toThrow(
      'browser: a storyboard needs Chrome or Chromium installed to lay out its sheet, and none was found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium), or set CLIFFHANGER_BROWSER=/path/to/chrome',
    );
  });
});
