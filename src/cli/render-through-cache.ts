import type { LoudnessResult } from '../audio/loudness/normalize';
import type { LoudnessTarget } from '../schema';
import type { RenderTarget } from '../render/renderer';
import { cacheDirOf, createCachedRenderer, openRenderCache, renderEpisodeCached } from '../render/segments';
import { onInterrupt } from './interrupt';
import { createProgressBar } from './progress';

/**
 * `cliffhanger render` through the segment cache: only the segments an edit changed are rendered again. Returns the
 * summary line's ending, e.g. "(12 of 14 segments from the cache in .cliffhanger-cache)".
 */
export const renderThroughCache = async ({
  id,
  target,
  outPath,
  loudness,
  cacheDir,
  browserExecutable,
  concurrency,
  onLoudness,
}: {
  id: string;
  target: RenderTarget;
  outPath: string;
  loudness: LoudnessTarget;
  cacheDir?: string;
  browserExecutable?: string;
  concurrency?: number;
  onLoudness: (result: LoudnessResult | null) => void;
}): Promise<string> => {
  const cache = openRenderCache(cacheDirOf(cacheDir));
  const renderer = createCachedRenderer(cache, { browserExecutable, concurrency });
  onInterrupt(() => renderer.close());
  let bar: ReturnType<typeof createProgressBar> | null = null;
  try {
    const report = await renderEpisodeCached({
      renderer,
      cache,
      target,
      outPath,
      loudness,
      onProgress: ({ renderedFrames, totalFrames, stage }) => {
        bar ??= createProgressBar(id, Math.max(1, totalFrames));
        bar.update(renderedFrames, stage);
      },
    });
    onLoudness(report.loudness);
    const sound = report.soundReused ? ', sound from the cache' : '';
    return `(${report.reusedSegments} of ${report.segments} segments from the cache${sound}; ${report.renderedFrames} frames rendered)`;
  } finally {
    (bar as ReturnType<typeof createProgressBar> | null)?.stop();
    await renderer.close();
  }
};
