import { isVideoPath, type Media } from '../schema';

/**
 * Seconds of the episode a clip fills when its out point is given: (out − in) ÷ playback rate.
 * An editor's trim sets the shot's length, so a beat is never shorter than it; 0 for stills and untrimmed clips.
 */
export const trimmedClipSeconds = (media: Media | undefined): number => {
  if (!media || media.trimEndInSeconds === undefined || !isVideoPath(media.src)) return 0;
  return Math.max(0, media.trimEndInSeconds - media.trimStartInSeconds) / media.playbackRate;
};
