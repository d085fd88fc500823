// The segment cache: an episode rendered as segments keyed by content, re-rendering only what an edit changed.
export { planSegments, MIN_SEGMENT_FRAMES } from './plan';
export type { Segment, FrameSpan } from './plan';
export { segmentKeys, soundKey, CACHE_FORMAT } from './keys';
export type { KeyInputs } from './keys';
export { planCachedRender } from './segment-plan';
export type { SegmentPlan } from './segment-plan';
export { runsOf, cutsOf, withKeyframesAt } from './runs';
export type { Run } from './runs';
export { withoutWords } from './words';
export { hashOf, stableStringify } from './hash';
export { namedFiles, stringsIn } from './named-files';
export { openRenderCache, CACHE_DIR_ENV, DEFAULT_CACHE_FOLDER } from './cache-dir';
export type { RenderCache, EntryKind } from './cache-dir';
export { renderEpisodeCached, createCachedRenderer, cacheDirOf } from './render-episode';
export type { CachedRenderReport } from './render-cached';
