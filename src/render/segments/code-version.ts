import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { hashOf } from './hash';

/** Every file under a folder, as sorted paths relative to it. */
const filesUnder = (dir: string, prefix = ''): string[] =>
  readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = path.join(prefix, entry.name);
      return entry.isDirectory() ? filesUnder(dir, relative) : entry.isFile() ? [relative] : [];
    })
    .sort();

/** A hash of the names and bytes of every file under the given folders and files of a project (missing ones count as empty). */
export const filesHash = (root: string, entries: readonly string[]): string =>
  hashOf(
    entries.map((entry) => {
      const full = path.join(root, entry);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) return [entry, null];
      const files = stat.isDirectory() ? filesUnder(full).map((f) => path.join(entry, f)) : [entry];
      return [entry, files.map((f) => [f, createHash('sha256').update(readFileSync(path.join(root, f))).digest('hex')])];
    }),
  );

/** The browser's own version line: another Chromium may rasterise text and images differently. */
const browserVersion = (executable: string | null): string => {
  if (!executable) return 'remotion-headless-shell';
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return `${executable} ${result.stdout.trim()}`;
};

/**
 * The version of everything besides the props that turns props into pixels and samples: the component code (every
 * file under src/), the locked dependency versions (Remotion, React, fonts), the browser and the encoder settings.
 * Any change gives a new version, and the cache misses for every segment.
 */
export const codeVersion = ({ root, browserExecutable, settings }: { root: string; browserExecutable: string | null; settings: unknown }): string =>
  hashOf({ code: filesHash(root, ['src', 'package-lock.json']), browser: browserVersion(browserExecutable), settings });
