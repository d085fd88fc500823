import { cpSync, mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** What a render needs of the project, copied as it is when the bench starts. */
const COPIED = ['src', 'scenes', 'bin', 'package.json', 'tsconfig.json', 'remotion.config.ts'] as const;
/** Large and not edited while the bench runs: linked, not copied. */
const LINKED = ['node_modules', 'public'] as const;

/**
 * Copies the code of the project into `dir` and renders from there, so (a), (b), (c) and (d) all render the same code
 * while other work goes on in the tree: an edit to a component between (b) and (c) would rightly re-render every
 * segment and measure nothing about the edit. Returns the snapshot's root.
 */
export const snapshotProject = ({ root, dir }: { root: string; dir: string }): string => {
  const temp = `${dir}.partial`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  for (const entry of COPIED) cpSync(path.join(root, entry), path.join(temp, entry), { recursive: true });
  for (const entry of LINKED) symlinkSync(path.join(root, entry), path.join(temp, entry));
  rmSync(dir, { recursive: true, force: true });
  renameSync(temp, dir);
  return dir;
};
