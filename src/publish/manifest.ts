import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PLATFORMS } from '../schema';
import { writeAtomically } from '../render/atomic-output';
import { sha256File } from './hashes';

/** Bumped when the manifest's shape changes; an older manifest is then ignored and everything is made again. */
export const MANIFEST_VERSION = 1;
/** The manifest's name inside the output folder. */
export const MANIFEST_FILE = 'manifest.json';

const fileEntrySchema = z.object({ path: z.string(), sha256: z.string(), bytes: z.number() });
const refSchema = z.object({ id: z.string(), number: z.number(), title: z.string() }).nullable();

const variantSchema = z.object({
  title: z.string(),
  caption: z.string(),
  hashtags: z.array(z.string()),
  /** The encode settings and the master's checksum the video was made from. */
  profileHash: z.string(),
  video: fileEntrySchema,
  cover: fileEntrySchema,
  sidecars: z.array(fileEntrySchema),
  probe: z.object({ durationInSeconds: z.number(), videoKbps: z.number(), audioKbps: z.number(), gopFrames: z.number() }),
});

const episodeSchema = z.object({
  id: z.string(),
  number: z.number(),
  title: z.string(),
  durationInSeconds: z.number(),
  previous: refSchema,
  next: refSchema,
  /** Everything the master is made from: the job, its media files' checksums, the rendering code. */
  inputHash: z.string(),
  master: fileEntrySchema,
  cover: fileEntrySchema,
  platforms: z.partialRecord(z.enum(PLATFORMS), variantSchema),
});

/** `manifest.json`: what a publish run made, with a checksum per file, and what each file was made from. */
export const manifestSchema = z.object({
  manifestVersion: z.literal(MANIFEST_VERSION),
  series: z.object({ id: z.string(), title: z.string() }),
  platforms: z.array(z.enum(PLATFORMS)),
  episodes: z.array(episodeSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEpisode = z.infer<typeof episodeSchema>;
export type ManifestVariant = z.infer<typeof variantSchema>;
export type FileEntry = z.infer<typeof fileEntrySchema>;

/** The manifest of an earlier run in `outDir`, or null when there is none or it cannot be read (then everything is made again). */
export const readManifest = (outDir: string): Manifest | null => {
  const file = path.join(outDir, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

/** Writes the manifest through a temporary file, so it never exists half-written. */
export const writeManifest = async (outDir: string, manifest: Manifest): Promise<void> => {
  await writeAtomically(path.join(outDir, MANIFEST_FILE), async (temp) => writeFileSync(temp, `${JSON.stringify(manifest, null, 2)}\n`));
};

/** A file's manifest entry: its path relative to the output folder (with forward slashes), checksum and size. */
export const fileEntry = async (outDir: string, relative: string): Promise<FileEntry> => {
  const full = path.join(outDir, relative);
  return { path: relative.split(path.sep).join('/'), sha256: await sha256File(full), bytes: statSync(full).size };
};

/** Whether a file a manifest lists is still on disk, unchanged (same size and checksum). */
export const isIntact = async (outDir: string, entry: FileEntry | undefined): Promise<boolean> => {
  if (!entry) return false;
  const full = path.join(outDir, entry.path);
  if (!existsSync(full) || statSync(full).size !== entry.bytes) return false;
  return (await sha256File(full)) === entry.sha256;
};
