import { z } from 'zod';
import { episodeSchema } from './episode';
import { seriesSchema } from './series';
import { previewSchema } from './preview';

/** A self-contained render job: the series bible and one episode. This is what a render server receives, and the props of every composition. */
export const episodeJobSchema = z.strictObject({
  series: seriesSchema,
  episode: episodeSchema,
  previous: episodeSchema.optional().describe('The episode before this one, for the "previously" recap; the catalog fills it in when the recap is on'),
  preview: previewSchema.optional().describe('Studio-only aids such as the safe-zone guides; never rendered'),
});

export type EpisodeJob = z.output<typeof episodeJobSchema>;
export type EpisodeJobInput = z.input<typeof episodeJobSchema>;
