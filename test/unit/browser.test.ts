import { describe, expect, it } from 'vitest';
import { CliffhangerError } from '../../src/errors';
import { BROWSER_ENV, findBrowser, noBrowserError, SYSTEM_BROWSERS } from '../../src/render/browser';

/** A file system where only the given paths exist. */
const only =
  (...files: string[]) =>
  (file: string): boolean =>
    files.includes(file);

const problemsOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    if (error instanceof CliffhangerError) return error.problems;
    throw error;
  }
  throw new Error('expected a CliffhangerError');
};

describe('findBrowser', () => {
  it('uses an explicit executable first, as a full Chromium', () => {
    const exists = only('/opt/chrome', '/env/chrome', '/usr/bin/chromium');
    expect(findBrowser({ explicit: '/opt/chrome', env: { [BROWSER_ENV]: '/env/chrome' }, exists })).toEqual({
      executable: '/opt/chrome',
      chromeMode: 'chrome-for-testing',
      source: 'option',
    });
  });

  it('uses the environment variable when nothing is explicit', () => {
    const exists = only('/env/chrome', '/usr/bin/chromium');
    expect(findBrowser({ env: { [BROWSER_ENV]: '/env/chrome' }, exists })).toEqual({ executable: '/env/chrome', chromeMode: 'chrome-for-testing', source: 'environment' });
  });

  it('ignores an empty environment variable', () => {
    expect(findBrowser({ env: { [BROWSER_ENV]: '' }, exists: only('/usr/bin/chromium') }).source).toBe('system');
  });

  it('finds a system browser, in the listed order', () => {
    expect(findBrowser({ env: {}, exists: only('/usr/bin/google-chrome', '/usr/bin/chromium-browser') })).toEqual({
      executable: '/usr/bin/chromium-browser',
      chromeMode: 'chrome-for-testing',
      source: 'system',
    });
    expect(SYSTEM_BROWSERS.indexOf('/usr/bin/chromium-browser')).toBeLessThan(SYSTEM_BROWSERS.indexOf('/usr/bin/google-chrome'));
  });

  it("falls back to Remotion's own headless shell when there is no browser", () => {
    expect(findBrowser({ env: {}, exists: only() })).toEqual({ executable: null, chromeMode: 'headless-shell', source: 'remotion-download' });
  });

  it('rejects an explicit executable that does not exist, without falling back', () => {
    expect(problemsOf(() => findBrowser({ explicit: '/opt/nope', env: {}, exists: only('/usr/bin/chromium') }))).toEqual([
      {
        file: '--browser-executable',
        path: [],
        message: 'must name an existing browser binary, but /opt/nope does not exist',
        fix: 'Point it at Chrome or Chromium, e.g. /usr/bin/chromium',
      },
    ]);
  });

  it('rejects an environment variable naming a missing file', () => {
    expect(problemsOf(() => findBrowser({ env: { [BROWSER_ENV]: '/env/nope' }, exists: only('/usr/bin/chromium') }))).toEqual([
      {
        file: '$CLIFFHANGER_BROWSER',
        path: [],
        message: 'must name an existing browser binary, but /env/nope does not exist',
        fix: 'Point it at Chrome or Chromium, or unset it',
      },
    ]);
  });
});

describe('noBrowserError', () => {
  it('says what failed, with the first line of the cause, and how to install a browser', () => {
    expect(noBrowserError(new Error('getaddrinfo ENOTFOUND storage.googleapis.com\n    at stack')).message).toBe(
      'browser: no Chrome or Chromium was found, and Remotion could not download its own (getaddrinfo ENOTFOUND storage.googleapis.com). ' +
        'Install one (Debian/Ubuntu: sudo apt-get install -y chromium), or set CLIFFHANGER_BROWSER=/path/to/chrome',
    );
  });

  it('accepts a cause that is not an Error', () => {
    expect(noBrowserError('offline').problems[0]?.message).toBe('no Chrome or Chromium was found, and Remotion could not download its own (offline)');
  });
});
