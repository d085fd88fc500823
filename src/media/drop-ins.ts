import { mediaSchema, type EpisodeJob } from '../schema';
import type { EpisodeAssets } from './assets';

/** The job with each dropped-in picture set as its beat's media (default framing), so every beat draws it like a named one. */
export const withDroppedInPictures = (job: EpisodeJob, assets: EpisodeAssets): EpisodeJob => {
  const beats = job.episode.beats.map((beat) => {
    const picture = assets.pictures[beat.id];
    return picture?.droppedIn && !beat.media ? { ...beat, media: mediaSchema.parse({ src: picture.src }) } : beat;
  });
  return beats.every((beat, i) => beat === job.episode.beats[i]) ? job : { ...job, episode: { ...job.episode, beats } };
};
