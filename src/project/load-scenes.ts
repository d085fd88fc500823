import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SeriesEntry } from '../schema';
import { CliffhangerError } from '../errors';
import { conventionalSceneFiles, loadCatalog, type Catalog, type SceneFiles } from './catalog';

/** Names files as they are on disk: eNN.ts, else eNN.json, else the series' index.ts. */
export const sceneFilesOnDisk = (projectRoot: string): SceneFiles => ({
  series: conventionalSceneFiles.series,
  episode: (seriesId, episodeNumber) => {
    const base = conventionalSceneFiles.episode(seriesId, episodeNumber).replace(/\.ts$/, '');
    const found = ['.ts', '.json'].map((ext) => base + ext).find((file) => existsSync(path.join(projectRoot, file)));
    return found ?? `scenes/${seriesId}/index.ts`;
  },
});

/** Imports scenes/index.ts (TypeScript, through tsx) and checks every series and episode in it. */
export const loadScenes = async (projectRoot: string): Promise<Catalog> => {
  const indexFile = path.join(projectRoot, 'scenes/index.ts');
  if (!existsSync(indexFile)) {
    throw CliffhangerError.plain('scenes/index.ts', 'does not exist', 'Create it and export `catalog`, the list of your series (see README, "Writing an episode")');
  }
  let module: { catalog?: unknown };
  try {
    module = (await import(pathToFileURL(indexFile).href)) as { catalog?: unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw CliffhangerError.plain('scenes/index.ts', `could not be loaded: ${message}`, 'Fix the error in the scene files it imports; `npm run typecheck` shows type errors with line numbers');
  }
  if (!Array.isArray(module.catalog)) {
    throw CliffhangerError.plain('scenes/index.ts', 'must export `catalog`, a list of series entries', 'Add `export const catalog: readonly SeriesEntry[] = [mySeries];`');
  }
  return loadCatalog(module.catalog as readonly SeriesEntry[], sceneFilesOnDisk(projectRoot));
};
