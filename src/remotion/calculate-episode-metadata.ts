import type { CalculateMetadataFunction } from 'remotion';
import { FPS, HEIGHT, WIDTH } from '../timeline';
import { checkJob } from '../validate';
import { findAssetsInBrowser } from '../media/find-in-browser';
import { episodeFromProps, type EpisodeProps } from './episode-props';

/** How long the in-video problems notice plays when the props are invalid. */
export const NOTICE_DURATION_IN_FRAMES = 5 * FPS;

/** The props with the episode's media found in the bundle (the Studio, a bare `remotion render`), unless the CLI already found them in Node. */
const withAssets = async (props: EpisodeProps): Promise<EpisodeProps> => {
  // Outside a browser (unit tests, Node tools) there is no public/ listing; the CLI passes assets it found itself.
  if (props.assets || typeof document === 'undefined') return props;
  const { assets: _none, layers: _layers, ...input } = props;
  const { job } = checkJob(input);
  return job ? { ...props, assets: await findAssetsInBrowser(job) } : props;
};

/** Sizes an episode composition from its props (the resolved timeline's length, or the notice's when something is wrong) and adds the media it plays. */
export const calculateEpisodeMetadata: CalculateMetadataFunction<EpisodeProps> = async ({ props }) => {
  const found = await withAssets(props);
  const { resolved } = episodeFromProps(found);
  return {
    durationInFrames: resolved ? resolved.durationInFrames : NOTICE_DURATION_IN_FRAMES,
    fps: FPS,
    width: WIDTH,
    height: HEIGHT,
    props: found,
  };
};
