import { DEFAULT_LOUDNESS } from '../audio/loudness/master';
import type { Renderer } from '../render/renderer';
import { renderEpisodeCached, type RenderCache } from '../render/segments';

/** Frames of one episode rendered so far, for a progress bar. */
export type FrameProgress = { readonly done: number; readonly total: number; readonly stage: string };

/**
 * The renderer publish is handed in a batch: its masters are rendered through the segment cache (so workers sharing
 * the cache folder reuse each other's segments, and an episode interrupted half-way keeps the segments it finished);
 * covers and everything else go to the shared renderer as they are.
 */
export const segmentCachedRenderer = ({ base, cache, onFrames }: { base: Renderer; cache: RenderCache; onFrames: (progress: FrameProgress) => void }): Renderer => ({
  ...base,
  renderVideo: async ({ target, outPath, frameRange, loudness, onLoudness, colorSpace }) => {
    if (frameRange !== undefined) throw new Error('segmentCachedRenderer renders whole episodes; a frame range goes to the plain renderer');
    const report = await renderEpisodeCached({
      renderer: base,
      cache,
      target,
      outPath,
      loudness: loudness === undefined ? DEFAULT_LOUDNESS : loudness,
      encode: { colorSpace: colorSpace ?? 'default' },
      onProgress: ({ renderedFrames, totalFrames, stage }) => onFrames({ done: renderedFrames, total: totalFrames, stage }),
    });
    onLoudness?.(report.loudness);
  },
});
