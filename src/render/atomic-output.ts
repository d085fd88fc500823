import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const pending = new Set<string>();
let counter = 0;

/** Temporary files being written right now, so an interrupted process can remove them. */
export const pendingOutputs = (): readonly string[] => [...pending];

/** Removes every temporary file still being written (on SIGINT/SIGTERM). */
export const removePendingOutputs = (): void => {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
};

/**
 * Writes a file through a temporary sibling and renames it into place only when `write` succeeds,
 * so a failed or interrupted render never leaves a partial file at the output path.
 */
export const writeAtomically = async <T>(outPath: string, write: (tempPath: string) => Promise<T>): Promise<T> => {
  const dir = path.dirname(path.resolve(outPath));
  mkdirSync(dir, { recursive: true });
  const ext = path.extname(outPath);
  const temp = path.join(dir, `.${path.basename(outPath, ext)}.${process.pid}-${counter++}.partial${ext}`);
  pending.add(temp);
  try {
    const result = await write(temp);
    renameSync(temp, outPath);
    return result;
  } finally {
    pending.delete(temp);
    rmSync(temp, { force: true });
  }
};
