import { codeFingerprint } from '../publish/hashes';
import type { Renderer } from '../render/renderer';
import { cacheDirOf, createCachedRenderer, openRenderCache } from '../render/segments';
import { segmentCachedRenderer } from './master-renderer';
import type { EpisodeRunContext } from './run-episode';

/** Options of the process that runs episode jobs: `cliffhanger batch` or `cliffhanger worker`. */
export type RunnerOptions = {
  readonly projectRoot: string;
  readonly publicDir: string;
  /** The segment cache folder: shared by workers on a shared disk (default: $CLIFFHANGER_CACHE_DIR, then .cliffhanger-cache/). */
  readonly cacheDir?: string;
  readonly browserExecutable?: string;
  /** Stands for the rendering code in content hashes instead of a hash of src/ ($CLIFFHANGER_CODE_VERSION). */
  readonly codeVersion?: string;
  readonly warn?: (message: string) => void;
};

/** One bundle, one browser and one segment cache for every job of the process, made on first use. */
export type Runner = { readonly context: EpisodeRunContext; readonly cacheDir: string; readonly close: () => Promise<void> };

/** Opens what a process needs to run episode jobs. */
export const createRunner = (options: RunnerOptions): Runner => {
  const cache = openRenderCache(cacheDirOf(options.cacheDir));
  let base: Renderer | undefined;
  const shared = (): Renderer => (base ??= createCachedRenderer(cache, { browserExecutable: options.browserExecutable }));
  return {
    cacheDir: cache.dir,
    context: {
      publicDir: options.publicDir,
      code: options.codeVersion ?? codeFingerprint(options.projectRoot),
      renderer: (onFrames) => segmentCachedRenderer({ base: shared(), cache, onFrames }),
      warn: options.warn,
    },
    close: async () => base?.close(),
  };
};
