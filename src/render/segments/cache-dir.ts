import { existsSync, mkdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from '../atomic-output';
import { CACHE_FORMAT } from './keys';

/** Environment variable naming the render cache folder (a shared folder lets several workers reuse each other's segments). */
export const CACHE_DIR_ENV = 'CLIFFHANGER_CACHE_DIR';
/** The cache folder inside the project when nothing else is set. */
export const DEFAULT_CACHE_FOLDER = '.cliffhanger-cache';

/** The kinds of entries: encoded segments, mastered sound, bundles of the component code. */
export type EntryKind = 'segments' | 'sound' | 'bundles';

/**
 * A content-addressed folder of render results. Entries are written under a temporary name and renamed into place,
 * so a reader sees a whole entry or none, and workers writing the same key at once each leave a complete copy.
 */
export type RenderCache = {
  readonly dir: string;
  /** The path of an entry if it is in the cache (its time is refreshed, so pruning by age keeps what is used). */
  readonly find: (kind: EntryKind, key: string, ext: string) => string | null;
  /** Writes an entry through a temporary sibling (removed on failure or Ctrl-C) and returns its path. */
  readonly write: (kind: EntryKind, key: string, ext: string, produce: (tempPath: string) => Promise<void>) => Promise<string>;
  /** Moves a finished folder into the cache under its key; when another worker was first, theirs is kept. */
  readonly putFolder: (kind: EntryKind, key: string, finished: string) => string;
};

/** Opens (and creates) a render cache folder. It ignores itself in git, wherever it is. */
export const openRenderCache = (dir: string): RenderCache => {
  const root = path.resolve(dir);
  const entry = (kind: EntryKind, key: string, ext: string) => path.join(root, `v${CACHE_FORMAT}`, kind, key.slice(0, 2), `${key}${ext}`);
  mkdirSync(root, { recursive: true });
  const ignore = path.join(root, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '# Render cache of cliffhanger (segments, sound, bundles): safe to delete.\n*\n');
  return {
    dir: root,
    find: (kind, key, ext) => {
      const file = entry(kind, key, ext);
      if (!statSync(file, { throwIfNoEntry: false })) return null;
      const now = new Date();
      utimesSync(file, now, now);
      return file;
    },
    write: async (kind, key, ext, produce) => {
      const file = entry(kind, key, ext);
      await writeAtomically(file, produce);
      return file;
    },
    putFolder: (kind, key, finished) => {
      const folder = entry(kind, key, '');
      mkdirSync(path.dirname(folder), { recursive: true });
      try {
        renameSync(finished, folder);
      } catch (error) {
        if (!existsSync(folder)) throw error;
        rmSync(finished, { recursive: true, force: true });
      }
      return folder;
    },
  };
};
