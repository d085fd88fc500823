import { bundle } from '@remotion/bundler';
import { mkdtempSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { RenderCache } from './cache-dir';
import { filesHash } from './code-version';
import { hashOf } from './hash';

/**
 * A bundle of the compositions, reused across renders while the code is unchanged (bundling takes 3–13 s). Keyed by
 * every file under src/ and scenes/, the locked dependencies and the names in public/ (the bundle lists them for
 * getStaticFiles()); public/ is linked, not copied, so a file's new bytes are served without bundling again.
 */
export const cachedBundle = async ({ cache, root, entryPoint, publicDir, onProgress }: { cache: RenderCache; root: string; entryPoint: string; publicDir: string; onProgress?: (fraction: number) => void }): Promise<string> => {
  const key = hashOf({
    code: filesHash(root, ['src', 'scenes', 'package-lock.json']),
    entryPoint: path.relative(root, entryPoint),
    publicDir,
    publicNames: readdirSync(publicDir, { recursive: true, encoding: 'utf8' }).sort(),
  });
  const found = cache.find('bundles', key, '');
  if (found) return found;
  const outDir = mkdtempSync(path.join(cache.dir, '.bundle-'));
  await bundle({ entryPoint, publicDir, outDir, symlinkPublicDir: true, onProgress: (percent) => onProgress?.(percent / 100) });
  return cache.putFolder('bundles', key, outDir);
};
