import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PLATFORMS, type Platform } from '../schema';
import { writeAtomically } from '../render/atomic-output';
import { MANIFEST_VERSION, manifestSchema, readManifest, writeManifest, type Manifest, type ManifestEpisode } from '../publish/manifest';

/**
 * One file per finished episode inside the series' output folder. Workers finish episodes in any order, on any
 * machine: each writes only its own entry (atomically), and manifest.json is assembled from the entries.
 */
export const ENTRIES_DIR = '.batch';

const entrySchema = z.object({
  series: manifestSchema.shape.series,
  platforms: manifestSchema.shape.platforms,
  episode: manifestSchema.shape.episodes.element,
});

type Entry = z.infer<typeof entrySchema>;

const entryFile = (outDir: string, id: string): string => path.join(outDir, ENTRIES_DIR, `${id}.json`);

const readEntryFile = (file: string): Entry | null => {
  try {
    const parsed = entrySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/**
 * What an earlier run made of an episode: its entry, or its place in manifest.json (which `cliffhanger publish` also
 * writes). The one made from the same inputs wins, so whichever command made the episode last, the other reuses it.
 */
export const previousRunOf = (outDir: string, id: string, inputHash: string): ManifestEpisode | undefined => {
  const file = entryFile(outDir, id);
  const own = existsSync(file) ? readEntryFile(file)?.episode : undefined;
  const listed = readManifest(outDir)?.episodes.find((e) => e.id === id);
  return [own, listed].find((e) => e?.inputHash === inputHash) ?? own ?? listed;
};

/** Records a finished episode. */
export const writeEntry = async (outDir: string, entry: Entry): Promise<void> => {
  await writeAtomically(entryFile(outDir, entry.episode.id), async (temp) => writeFileSync(temp, `${JSON.stringify(entry, null, 2)}\n`));
};

/**
 * Writes manifest.json from every episode entry in the folder (and, for episodes without one, what an earlier
 * manifest said). Called after each episode and at the end; each write is atomic, so a reader never sees half a file.
 */
export const assembleManifest = async (outDir: string): Promise<Manifest | null> => {
  const dir = path.join(outDir, ENTRIES_DIR);
  const entries = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
        .flatMap((f) => readEntryFile(path.join(dir, f)) ?? [])
    : [];
  const [first] = entries;
  if (!first) return null;
  const earlier = readManifest(outDir)?.episodes.filter((e) => !entries.some((x) => x.episode.id === e.id)) ?? [];
  const used = new Set<Platform>(entries.flatMap((e) => e.platforms));
  const manifest: Manifest = {
    manifestVersion: MANIFEST_VERSION,
    series: first.series,
    platforms: PLATFORMS.filter((p) => used.has(p)),
    episodes: [...entries.map((e) => e.episode), ...earlier].sort((a, b) => a.number - b.number),
  };
  await writeManifest(outDir, manifest);
  return manifest;
};
