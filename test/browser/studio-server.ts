import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { findBrowser } from '../../src/render/browser';

/** The project root, where the Studio is started. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

const READY_TIMEOUT_MS = 180_000;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** A headless Remotion Studio on 127.0.0.1, as a director would open it with `npm run studio`. */
export type StudioServer = { url: string; stop: () => Promise<void> };

/** Starts `remotion studio` on a free port and waits until it answers. */
export const startStudio = async (): Promise<StudioServer> => {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/@remotion/cli/remotion-cli.js'), 'studio', 'src/remotion/index.ts', `--port=${port}`, '--no-open', '--force-new'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      if ((await fetch(`${url}/__remotion_config`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Remotion Studio did not answer on ${url} within ${READY_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 200));
    },
  };
};

/** Headless Chromium for driving the Studio (the same binary the renderer uses). */
export const launchBrowser = (): Promise<Browser> => {
  const executablePath = findBrowser().executable ?? undefined;
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
  });
};
