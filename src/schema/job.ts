import { z } from 'zod';
import { episodeSchema } from './episode';
import { seriesSchema } from './series';

/** A self-contained render job: the series bible and one episode. This is what a render server receives, and the props of every composition. */
export const episodeJobSchema = z.strictObject({
  series: seriesSchema,
  episode: episodeSchema,
});

export type EpisodeJob = z.output<typeof episodeJobSchema>;
export type EpisodeJobInput = z.input<typeof episodeJobSchema>;
