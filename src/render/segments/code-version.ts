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

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A hash of the names and bytes of every file under the given folders and files of a project (missing ones count as empty). */
export const filesHash = (root: string, entries: readonly string[]): string =>
  hashOf(
    entries.map((entry) => {
      const full = path.join(root, entry);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (!stat) return [entry, null];
      const files = stat.isDirectory() ? filesUnder(full).map((f) => path.join(entry, f)) : [entry];
      return [entry, files.map((f) => [f, sha256(path.join(root, f))])];
    }),
  );

// Any quoted string that starts with ./ or ../ in a module is followed, wherever it appears (import, export … from,
// import(), require(), new URL()): following too much only costs a re-render, missing a file would serve stale pixels.
const RELATIVE_SPECIFIER = /(['"`])(\.\.?\/[^'"`\n]*)\1/g;
const SCANNED = /\.(?:[cm]?[jt]sx?)$/;
const SUFFIXES = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.json', '/index.ts', '/index.tsx', '/index.js'];

/** The file a relative specifier names (`./x`, `./x.js` for x.ts, `./dir` for dir/index.ts), or null. */
const resolveSpecifier = (fromDir: string, specifier: string): string | null => {
  const base = path.resolve(fromDir, specifier.split(/[?#]/)[0] ?? specifier);
  const bases = /\.[cm]?js$/.test(base) ? [base, base.replace(/\.([cm]?)js$/, '.$1ts'), base.replace(/\.([cm]?)js$/, '.$1tsx')] : [base];
  for (const candidate of bases.flatMap((b) => SUFFIXES.map((suffix) => b + suffix))) {
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return null;
};

/** Every project file a module reaches through relative specifiers, itself included, as sorted absolute paths. */
export const reachableFiles = (entryPoint: string): string[] => {
  const seen = new Set<string>();
  const stack = [path.resolve(entryPoint)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!SCANNED.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_SPECIFIER)) {
      const found = resolveSpecifier(path.dirname(file), match[2] ?? '');
      if (found && !seen.has(found)) stack.push(found);
    }
  }
  return [...seen].sort();
};

/**
 * A hash of the code the compositions run: every file the Remotion entry reaches (components, layouts, timing, styles)
 * except the episode data under `dataDirs` (scenes/: a render gets its series and episode as props, which every key
 * names), plus the locked dependency versions (Remotion, React, fonts). An edit to a file no composition imports (the
 * CLI, lint rules, batch rendering) or to another episode leaves it unchanged.
 */
export const compositionCodeHash = ({ root, entryPoint, dataDirs }: { root: string; entryPoint: string; dataDirs: readonly string[] }): string => {
  const data = dataDirs.map((dir) => path.resolve(root, dir) + path.sep);
  const code = reachableFiles(entryPoint)
    .filter((file) => !data.some((dir) => file.startsWith(dir)))
    .map((file) => [path.relative(root, file), sha256(file)]);
  return hashOf({ code, lock: filesHash(root, ['package-lock.json']) });
};

/** The browser's own version line: another Chromium may rasterise text and images differently. */
const browserVersion = (executable: string | null): string => {
  if (!executable) return 'remotion-headless-shell';
  const result = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return `${executable} ${result.stdout.trim()}`;
};

/**
 * The version of everything besides the props that turns props into pixels and samples: the compositions' code
 * (compositionCodeHash), the browser and the encoder settings. Any change gives a new version, and the cache misses
 * for every segment.
 */
export const codeVersion = ({ code, browserExecutable, settings }: { code: string; browserExecutable: string | null; settings: unknown }): string =>
  hashOf({ code, browser: browserVersion(browserExecutable), settings });
