import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInsidePublic } from '../validate/check-media';

/** The sha256 of a file, read as a stream (outputs are tens of megabytes). */
export const sha256File = (file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });

/** The sha256 of a text. */
export const sha256Text = (text: string): string => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted at every depth, so equal values always give the same text (and hash). */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/** Folders of src/ whose code never reaches a rendered frame: changing them does not make a published file stale. */
const NOT_RENDERED = new Set(['cli', 'lint', 'publish', 'shots', 'prompts', 'status', 'storyboard', 'continuity']);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    });

/**
 * A hash of the code that draws frames (src/ outside the command-line folders) and of the pinned dependencies,
 * so a change to a component re-renders what it draws. Computed once per run: about a millisecond per file.
 */
export const codeFingerprint = (projectRoot: string): string => {
  const hash = createHash('sha256');
  const src = path.join(projectRoot, 'src');
  for (const entry of readdirSync(src, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory() && NOT_RENDERED.has(entry.name)) continue;
    const full = path.join(src, entry.name);
    for (const file of entry.isDirectory() ? filesUnder(full) : [full]) hash.update(path.relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies?: unknown };
  return hash.update(canonicalJson(pkg.dependencies ?? {})).digest('hex');
};

const stringsIn = (value: unknown, into: Set<string> = new Set()): Set<string> => {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
};

/**
 * The sha256 of every file in public/ a job's props name, whatever the field (footage, photos, voices, music,
 * caption files): a replaced clip with the same name makes the episode stale.
 */
export const mediaFingerprint = async ({ input, publicDir }: { input: unknown; publicDir: string }): Promise<Record<string, string>> => {
  const files = [...stringsIn(input)]
    .map((s) => s.replace(/^\/+/, ''))
    .filter((s) => s.length < 500 && /\.[a-z0-9]{2,5}$/i.test(s) && isInsidePublic(s))
    .filter((s) => existsSync(path.join(publicDir, s)) && statSync(path.join(publicDir, s)).isFile())
    .sort();
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await sha256File(path.join(publicDir, f))] as const)));
};
