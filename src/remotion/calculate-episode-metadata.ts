import type { CalculateMetadataFunction } from 'remotion';
import type { EpisodeJobInput } from '../schema';
import { FPS, HEIGHT, WIDTH, resolveEpisode } from '../timeline';
import { checkJob } from '../validate';

/** How long the in-video problems notice plays when the props are invalid. */
export const NOTICE_DURATION_IN_FRAMES = 5 * FPS;

/** Sizes an episode composition from its props: the resolved timeline's length, or the notice's when the props are invalid. */
export const calculateEpisodeMetadata: CalculateMetadataFunction<EpisodeJobInput> = ({ props }) => {
  const check = checkJob(props);
  return {
    durationInFrames: check.job ? resolveEpisode(check.job).durationInFrames : NOTICE_DURATION_IN_FRAMES,
    fps: FPS,
    width: WIDTH,
    height: HEIGHT,
  };
};
