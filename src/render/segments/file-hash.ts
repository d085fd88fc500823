import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileHasher } from './named-files';

/**
 * Hashes files in public/ by their bytes, remembering each by size and modification time so a render reads a
 * clip once. A string that is not a relative path to a file there hashes to null.
 */
export const publicFileHasher = (publicDir: string): FileHasher => {
  const known = new Map<string, { stamp: string; hash: string }>();
  return (src) => {
    if (src.length === 0 || src.length > 1000 || path.isAbsolute(src) || src.split(/[\\/]/).includes('..')) return null;
    const full = path.join(publicDir, src);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat?.isFile()) return null;
    const stamp = `${stat.size}:${stat.mtimeMs}`;
    const seen = known.get(full);
    if (seen?.stamp === stamp) return seen.hash;
    const hash = createHash('sha256').update(readFileSync(full)).digest('hex');
    known.set(full, { stamp, hash });
    return hash;
  };
};
