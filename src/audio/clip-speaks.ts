import type { Beat } from '../schema';
import type { EpisodeAssets } from '../media/assets';

/** Whether a beat's clip keeps its own sound: its production sound then replaces room tone and scratch voices. */
export const clipSpeaks = (beat: Beat, assets: EpisodeAssets): boolean => {
  const picture = assets.pictures[beat.id];
  return picture?.kind === 'video' && picture.hasAudio && !(beat.media?.muted ?? false);
};
