import { z } from 'zod';
import { beatSchema } from './beat';
import { slug, text } from './ids';
import { episodeSoundSchema } from './sound';
import { episodeCaptionsSchema } from './captions';
import { episodePackagingSchema } from './packaging';
import { episodePublishSchema } from './publish';

/** One episode: a numbered list of beats with a single purpose. */
export const episodeSchema = z.strictObject({
  series: slug().describe('Id of the series this episode belongs to'),
  number: z.number().int().min(1),
  title: text(),
  purpose: text().describe('What is different by the end of this episode'),
  beats: z.array(beatSchema).min(1, 'needs at least one beat'),
  captions: episodeCaptionsSchema.optional().describe('Caption timings from an SRT/WebVTT file in public/, and caption style changes for this episode'),
  packaging: episodePackagingSchema.optional().describe('Cover, conflict line and packaging switches of this episode'),
  publish: episodePublishSchema.optional().describe('Caption and extra hashtags of this episode\'s posts'),
  sound: episodeSoundSchema.optional().describe('Music bed and room tone of this episode, when they differ from the series\''),
});

export type Episode = z.output<typeof episodeSchema>;
export type EpisodeInput = z.input<typeof episodeSchema>;
