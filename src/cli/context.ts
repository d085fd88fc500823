import { loadScenes } from '../project/load-scenes';
import { resolveTargets, type EpisodeTarget } from '../project/resolve-target';
import { CliffhangerError } from '../errors';
import { PROJECT_ROOT, PUBLIC_DIR } from '../render/paths';
import type { Catalog } from '../project';
import { probeTargets } from '../media/probe-targets';

/** Loads the project's scenes once per command. */
export const loadProject = (): Promise<Catalog> => loadScenes(PROJECT_ROOT);

/** Resolves a command's target and fails with every problem before anything is rendered. */
export const validTargets = async (name: string): Promise<EpisodeTarget[]> => {
  const targets = await probeTargets({ targets: resolveTargets({ name, catalog: await loadProject(), publicDir: PUBLIC_DIR }), publicDir: PUBLIC_DIR });
  const problems = targets.flatMap((t) => t.problems);
  if (problems.length > 0) throw new CliffhangerError(dedupe(problems));
  return targets;
};

/** The one episode a render or still command names (a series is not enough). */
export const singleTarget = async (name: string): Promise<EpisodeTarget> => {
  const targets = await validTargets(name);
  const [first] = targets;
  if (!first || targets.length > 1) {
    throw CliffhangerError.plain(name, 'is a series; this command renders one episode', `Name an episode: ${targets.map((t) => t.id).join(', ')}`);
  }
  return first;
};

const dedupe = <T>(items: readonly T[]): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
