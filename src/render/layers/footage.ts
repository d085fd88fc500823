import { clipTrim, leavesBars, pixelRect, placePicture, type PictureRect } from '../../beats/media/media-fit';
import type { EpisodeAssets } from '../../media/assets';
import { focalAnchorIn } from '../../safe-zones';
import { isVideoPath } from '../../schema';
import type { ResolvedEpisode } from '../../timeline';

/**
 * A beat whose clip a layered render composites with ffmpeg under the frames Chromium draws without it: where the clip
 * sits, which of its frames play when, and on which frames of the episode (after the beat's incoming transition,
 * which moves and veils the picture and is drawn whole by Chromium).
 */
export type FootageLayer = {
  readonly beatIndex: number;
  /** The clip, relative to public/. */
  readonly src: string;
  /** First frame drawn by ffmpeg (the beat's first frame after its transition) and the frame after its last. */
  readonly fromInFrames: number;
  readonly toInFrames: number;
  /** The beat's first frame: the clip's frame `trimBefore` plays there. */
  readonly beatFromInFrames: number;
  readonly trimBeforeInFrames: number;
  readonly playbackRate: number;
  /** Whole pixels, covering the frame (a letterboxed clip's blurred backdrop is left to Chromium). */
  readonly rect: PictureRect;
};

/**
 * The beats of an episode whose picture ffmpeg can draw exactly as MediaShot does: a measured clip that covers the
 * frame. Stills (pushed in at fractions of a pixel every frame) and letterboxed clips (a blurred backdrop) stay in
 * Chromium. Pure; reads the same placement MediaShot uses.
 */
export const footageLayers = ({ episode, assets, width, height }: { episode: ResolvedEpisode; assets: EpisodeAssets; width: number; height: number }): FootageLayer[] =>
  episode.beats.flatMap((b): FootageLayer[] => {
    const media = b.beat.media;
    if (!media || !isVideoPath(media.src)) return [];
    const picture = Object.values(assets.pictures).find((p) => p.src === media.src);
    if (!picture || picture.kind !== 'video') return [];
    const frame = { width, height };
    const rect = pixelRect(placePicture({ media: picture, frame, fit: media.fit, focalPoint: media.focalPoint, anchor: focalAnchorIn(episode.safeArea) }));
    if (leavesBars(rect, frame)) return [];
    const fromInFrames = b.fromInFrames + b.transitionInFrames;
    const toInFrames = b.fromInFrames + b.durationInFrames;
    if (toInFrames <= fromInFrames) return [];
    // A clip that ends before its beat does (or is trimmed to) stays in Chromium, which decides what shows past its end.
    const clipEnd = media.trimEndInSeconds ?? picture.durationInSeconds;
    if (clipEnd === null || ((clipEnd - media.trimStartInSeconds) / media.playbackRate) * episode.fps < b.durationInFrames) return [];
    return [
      {
        beatIndex: b.index,
        src: media.src,
        fromInFrames,
        toInFrames,
        beatFromInFrames: b.fromInFrames,
        trimBeforeInFrames: clipTrim(media, episode.fps).trimBefore ?? 0,
        playbackRate: media.playbackRate,
        rect,
      },
    ];
  });
