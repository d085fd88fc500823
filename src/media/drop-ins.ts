import { mediaSchema, type EpisodeJob } from '../schema';
import type { EpisodeAssets } from './assets';
import { dropInPicture, episodeMediaFolder } from './conventions';

/** The job with a picture set as the media (default framing) of each beat without one that `pictureOf` names. */
const withPictures = (job: EpisodeJob, pictureOf: (beatId: string) => string | null): EpisodeJob => {
  const beats = job.episode.beats.map((beat) => {
    const src = beat.media ? null : pictureOf(beat.id);
    return src ? { ...beat, media: mediaSchema.parse({ src }) } : beat;
  });
  return beats.every((beat, i) => beat === job.episode.beats[i]) ? job : { ...job, episode: { ...job.episode, beats } };
};

/** The job with each dropped-in picture set as its beat's media (default framing), so every beat draws it like a named one. */
export const withDroppedInPictures = (job: EpisodeJob, assets: EpisodeAssets): EpisodeJob =>
  withPictures(job, (beatId) => {
    const picture = assets.pictures[beatId];
    return picture?.droppedIn ? picture.src : null;
  });

/** The same from a list of the files in public/, without measuring them (for reports such as `cliffhanger status`). */
export const withDroppedInFiles = (job: EpisodeJob, files: ReadonlySet<string>): EpisodeJob => {
  const folder = episodeMediaFolder(job.series.id, job.episode.number);
  return withPictures(job, (beatId) => dropInPicture({ files, folder, beatId })?.src ?? null);
};
