import { z } from 'zod';
import { slug, text } from './ids';
import { templateText } from './template';

/** Placeholders of the badge and next-episode texts. */
export const PACKAGING_PLACEHOLDERS = ['number'] as const;

// Tuning: a recap shorter than 1 s does not register; longer than 3 s pushes the hook past the
// first seconds a viewer gives an episode (the hook-in-3s lint rule counts the recap).
const RECAP_MIN_SECONDS = 1;
const RECAP_MAX_SECONDS = 3;
/** A conflict line longer than this no longer reads at a glance on a cover or in a feed. */
export const CONFLICT_MAX_CHARACTERS = 70;

const titleCardSchema = z.strictObject({
  enabled: z.boolean().default(true).describe('Series title and episode badge over the opening seconds'),
  badge: templateText(PACKAGING_PLACEHOLDERS).default('Ep {number}').describe('The episode badge, e.g. "Ep {number}" or "Part {number}"'),
});

const nextPointerSchema = z.strictObject({
  enabled: z.boolean().default(true).describe('The end card points at the next episode'),
  text: templateText(PACKAGING_PLACEHOLDERS).default('Part {number}').describe('Where the end card points, e.g. "Part {number}"; an arrow follows it'),
});

const recapSchema = z.strictObject({
  enabled: z.boolean().default(false).describe('Open every episode after the first on the previous episode\'s reveal'),
  seconds: z.number().min(RECAP_MIN_SECONDS).max(RECAP_MAX_SECONDS).default(2),
  label: text().default('Previously'),
});

/** How every episode of a series is packaged: title card and badge, end-card pointer, recap. Defaults apply when the bible says nothing. */
export const seriesPackagingSchema = z.strictObject({
  titleCard: titleCardSchema.default(titleCardSchema.parse({})),
  nextPointer: nextPointerSchema.default(nextPointerSchema.parse({})),
  recap: recapSchema.default(recapSchema.parse({})),
  lastEpisode: z.number().int().min(1).optional().describe('The finale\'s number: its end card points nowhere'),
});

/** One episode's packaging where it differs from the series': switches, the cover and its conflict line. */
export const episodePackagingSchema = z.strictObject({
  conflict: text()
    .max(CONFLICT_MAX_CHARACTERS)
    .optional()
    .describe('The short conflict line of the cover and the post caption; defaults to the hook overlay, then the title'),
  titleCard: z.boolean().optional(),
  nextPointer: z.boolean().optional(),
  recap: z.boolean().optional(),
  cover: z
    .strictObject({
      beat: slug().optional().describe('Id of the beat whose picture is the cover; defaults to the hook'),
      atSeconds: z.number().min(0).optional().describe('Seconds into that beat; defaults to 60 % of it'),
    })
    .optional(),
});

export type SeriesPackaging = z.output<typeof seriesPackagingSchema>;
export type SeriesPackagingInput = z.input<typeof seriesPackagingSchema>;
export type EpisodePackaging = z.output<typeof episodePackagingSchema>;
