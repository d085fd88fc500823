import { existsSync } from 'node:fs';
import { CliffhangerError } from '../errors';

/** Environment variable naming the Chrome or Chromium binary to render with. */
export const BROWSER_ENV = 'CLIFFHANGER_BROWSER';

/** Full Chrome/Chromium installs looked for, in order, when nothing is configured. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const;

/** The browser a render uses. A null executable means Remotion's own Chrome Headless Shell (downloaded on first use). */
export type BrowserChoice = {
  readonly executable: string | null;
  /** 'chrome-for-testing' makes Remotion start a full Chromium with --headless=new, which Chromium 132+ requires. */
  readonly chromeMode: 'chrome-for-testing' | 'headless-shell';
  readonly source: 'option' | 'environment' | 'system' | 'remotion-download';
};

const fullBrowser = (executable: string, source: BrowserChoice['source']): BrowserChoice => ({
  executable,
  chromeMode: 'chrome-for-testing',
  source,
});

/** Picks the browser: an explicit setting, then $CLIFFHANGER_BROWSER, then a system Chromium/Chrome, then Remotion's download. */
export const findBrowser = ({
  explicit,
  env = process.env,
  exists = existsSync,
}: { explicit?: string; env?: NodeJS.ProcessEnv; exists?: (file: string) => boolean } = {}): BrowserChoice => {
  if (explicit) {
    if (!exists(explicit)) throw CliffhangerError.plain('--browser-executable', `must name an existing browser binary, but ${explicit} does not exist`, 'Point it at Chrome or Chromium, e.g. /usr/bin/chromium');
    return fullBrowser(explicit, 'option');
  }
  const fromEnv = env[BROWSER_ENV];
  if (fromEnv) {
    if (!exists(fromEnv)) throw CliffhangerError.plain(`$${BROWSER_ENV}`, `must name an existing browser binary, but ${fromEnv} does not exist`, 'Point it at Chrome or Chromium, or unset it');
    return fullBrowser(fromEnv, 'environment');
  }
  const system = SYSTEM_BROWSERS.find((candidate) => exists(candidate));
  if (system) return fullBrowser(system, 'system');
  return { executable: null, chromeMode: 'headless-shell', source: 'remotion-download' };
};

/** The message shown when no browser is installed and Remotion cannot download its own. */
export const noBrowserError = (cause: unknown): CliffhangerError =>
  CliffhangerError.plain(
    'browser',
    `no Chrome or Chromium was found, and Remotion could not download its own (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`,
    `Install one (Debian/Ubuntu: sudo apt-get install -y chromium), or set ${BROWSER_ENV}=/path/to/chrome`,
  );
