import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway Redis for one test file: Debian's redis-server on 127.0.0.1, a free port, no persistence. */
export type TestRedis = { readonly url: string; readonly port: number; readonly stop: () => Promise<void> };

/** Where redis-server is: $REDIS_SERVER, else the PATH (scripts/ensure-redis.sh installs it; .ci/run calls that). */
const REDIS_SERVER = process.env['REDIS_SERVER'] ?? 'redis-server';
const READY_TIMEOUT_MS = 15_000;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const answersPing = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    let reply = '';
    socket.setTimeout(1_000, () => socket.destroy());
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) socket.end();
    });
    socket.on('close', () => resolve(reply.startsWith('+PONG')));
    socket.on('error', () => resolve(false));
  });

const exited = (child: ChildProcess): Promise<void> => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** Starts redis-server in a temporary folder and waits until it answers PING; fails the test setup when it cannot. */
export const startRedis = async (): Promise<TestRedis> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-redis-'));
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const failed = await Promise.race([spawnError, new Promise<null>((r) => setTimeout(() => r(null), 100))]);
    if (failed) throw new Error(`Could not start ${REDIS_SERVER} (${failed.message}). Install it with scripts/ensure-redis.sh, or set $REDIS_SERVER to its path.`);
    if (child.exitCode !== null) throw new Error(`${REDIS_SERVER} exited with code ${child.exitCode}:\n${output}`);
    if (await answersPing(port)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${REDIS_SERVER} did not answer on port ${port} within ${READY_TIMEOUT_MS} ms:\n${output}`);
    }
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
