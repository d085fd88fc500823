import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under public/, as posix paths relative to it (what staticFile() and getStaticFiles() name). */
export const listPublicFiles = (publicDir: string): Set<string> => {
  const files = new Set<string>();
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(path.join(publicDir, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else if (entry.isFile()) files.add(relative);
    }
  };
  walk('');
  return files;
};
