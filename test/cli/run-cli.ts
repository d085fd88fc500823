import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The project root (the CLI resolves scenes/ and public/ from here). */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** What a CLI run printed and returned. */
export type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the real `cliffhanger` binary. */
export const runCli = (args: readonly string[], timeoutMs = 600_000): Promise<CliResult> =>
  new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/cliffhanger.js'), ...args], { cwd: ROOT, timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });

/** A fresh temporary directory for one test's outputs. */
export const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'cliffhanger-test-'));

/** The small valid job fixture, parsed, to mutate into bad inputs. */
export const smallJob = (): { series: Record<string, unknown>; episode: { beats: Record<string, unknown>[] } & Record<string, unknown> } =>
  JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/jobs/small-job.json'), 'utf8'));

/** Writes a job to a temp file and returns its path. */
export const writeJob = (dir: string, name: string, job: unknown): string => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof job === 'string' ? job : JSON.stringify(job, null, 2));
  return file;
};
