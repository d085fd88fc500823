import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes the temporary files an episode's outputs were being written through when a process died without cleaning
 * up (SIGKILL, a lost machine): `.<id>.<pid>-<n>.partial.mp4` beside each output. Only called while holding the
 * episode's job, so no live writer owns them. Returns the removed files.
 */
export const removeStaleTemps = (outDir: string, id: string): string[] => {
  const pattern = new RegExp(`^\\.${escape(id)}(\\.cover)?\\.\\d+-\\d+\\.partial(\\.[A-Za-z0-9]+)?$`);
  const dirs = existsSync(outDir) ? [outDir, ...readdirSync(outDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(outDir, d.name))] : [];
  const removed = dirs.flatMap((dir) => readdirSync(dir).filter((name) => pattern.test(name)).map((name) => path.join(dir, name)));
  for (const file of removed) rmSync(file, { force: true });
  return removed;
};
