import { z } from 'zod';
import { beatSchema } from './beat';
import { slug, text } from './ids';

/** One episode: a numbered list of beats with a single purpose. */
export const episodeSchema = z.strictObject({
  series: slug().describe('Id of the series this episode belongs to'),
  number: z.number().int().min(1),
  title: text(),
  purpose: text().describe('What is different by the end of this episode'),
  beats: z.array(beatSchema).min(1, 'needs at least one beat'),
});

export type Episode = z.output<typeof episodeSchema>;
export type EpisodeInput = z.input<typeof episodeSchema>;
