import type { Rect } from '../safe-zones';

/**
 * Captions sit this far above the bottom of the safe area: the platforms' own caption text and usernames start right
 * below it, and dialogue captions usually end around y 1300–1400 (platforms.md). Raise it to lift every caption.
 */
export const CAPTION_LIFT_PX = 60;

/** Where burned-in captions may go, in canvas px. */
export type CaptionBand = { readonly leftPx: number; readonly rightPx: number; readonly topPx: number; readonly bottomPx: number };

/**
 * The caption band of an episode: its safe area (getSafeRect of the series' platforms, on ResolvedEpisode.safeArea)
 * with the bottom lifted CAPTION_LIFT_PX. This is the one place captions read their safe area from. For the default
 * platforms (TikTok, Reels, Shorts, organic) it is x 65–900, y 269–1400.
 */
export const captionBand = (safeArea: Rect): CaptionBand => ({
  leftPx: safeArea.x,
  rightPx: safeArea.x + safeArea.width,
  topPx: safeArea.y,
  bottomPx: safeArea.y + safeArea.height - CAPTION_LIFT_PX,
});
