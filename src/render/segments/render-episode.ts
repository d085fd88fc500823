import path from 'node:path';
import { readCaptionFile } from '../../captions/node/read-caption-file';
import type { CaptionFile } from '../../captions';
import { episodeFromProps, type EpisodeProps } from '../../remotion/episode-props';
import { mixEpisodeSound } from '../../audio/mix/mix-sound';
import { footageLayers } from '../layers/footage';
import { HEIGHT, WIDTH } from '../../timeline';
import type { LoudnessTarget } from '../../schema';
import { ENTRY_POINT, PROJECT_ROOT, PUBLIC_DIR } from '../paths';
import { createRenderer, type Renderer, type RendererOptions, type RenderTarget } from '../renderer';
import { cachedBundle } from './bundle-cache';
import { CACHE_DIR_ENV, DEFAULT_CACHE_FOLDER, type RenderCache } from './cache-dir';
import { codeVersion, compositionCodeHash } from './code-version';
import { publicFileHasher } from './file-hash';
import { renderCached, type CachedRenderReport } from './render-cached';
import type { EncodeSettings } from './render-run';
import { planCachedRender } from './segment-plan';
import { layeringFfmpeg } from '../layers/system-ffmpeg';
import { LAYERS_VERSION } from '../layers/version';

/** The cache folder: the one given, else $CLIFFHANGER_CACHE_DIR, else .cliffhanger-cache/ in the project. */
export const cacheDirOf = (explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(explicit ?? env[CACHE_DIR_ENV] ?? path.join(PROJECT_ROOT, DEFAULT_CACHE_FOLDER));

/** A renderer whose bundle comes from the cache (bundled again only when the code or the names in public/ change). */
export const createCachedRenderer = (cache: RenderCache, options: Omit<RendererOptions, 'serveUrl'> = {}): Renderer =>
  createRenderer({ ...options, serveUrl: () => cachedBundle({ cache, root: PROJECT_ROOT, entryPoint: ENTRY_POINT, publicDir: PUBLIC_DIR, onProgress: options.onBundleProgress }) });

const captionFileOf = (props: EpisodeProps): CaptionFile | null => {
  const src = props.episode.captions?.src;
  if (src === undefined) return null;
  const read = readCaptionFile({ src, publicDir: PUBLIC_DIR });
  return 'file' in read ? read.file : null;
};

/**
 * Renders an episode to `outPath` through the segment cache in `cache`; see renderCached. Segments are keyed by the
 * code the compositions import (not by every file under src/), so only edits that can change pixels re-render.
 */
export const renderEpisodeCached = async ({
  renderer,
  cache,
  target,
  outPath,
  loudness,
  encode = { colorSpace: 'default' },
  onProgress,
}: {
  renderer: Renderer;
  cache: RenderCache;
  target: RenderTarget;
  outPath: string;
  loudness: LoudnessTarget | null;
  encode?: EncodeSettings;
  onProgress?: Parameters<typeof renderCached>[0]['onProgress'];
}): Promise<CachedRenderReport> => {
  const props = target.inputProps as EpisodeProps;
  // Layered and whole-frame segments differ by a few bits of noise: never join one kind with the other.
  const ffmpeg = await layeringFfmpeg();
  const settings = { ...encode, pipeline: ffmpeg ? LAYERS_VERSION : 'remotion' };
  const plan = planCachedRender({
    props,
    compositionId: target.compositionId,
    codeVersion: codeVersion({ code: compositionCodeHash({ root: PROJECT_ROOT, entryPoint: ENTRY_POINT, dataDirs: ['scenes'] }), browserExecutable: renderer.browser.executable, settings }),
    captionFile: captionFileOf(props),
    fileHash: publicFileHasher(PUBLIC_DIR),
    master: loudness,
  });
  const { resolved, assets } = episodeFromProps(props);
  if (!resolved) throw new Error(`The props of ${target.compositionId} are not a valid episode: validate the job before rendering it`);
  const footage = footageLayers({ episode: resolved, assets, width: WIDTH, height: HEIGHT });
  const mixSound = (wavPath: string) => mixEpisodeSound({ episode: resolved, assets, publicDir: PUBLIC_DIR, outPath: wavPath });
  return renderCached({ renderer, target, plan, cache, outPath, loudness, encode, layering: ffmpeg, footage, publicDir: PUBLIC_DIR, mixSound, onProgress });
};

