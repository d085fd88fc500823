import { z } from 'zod';
import { templateText } from './template';

/** Placeholders of post captions and titles. */
export const CAPTION_PLACEHOLDERS = ['series', 'number', 'title', 'conflict'] as const;

/** A hashtag as platforms parse it: "#", then letters, digits or underscores. */
export const hashtag = () =>
  z.string().regex(/^#[\p{L}\p{N}_]+$/u, 'must be a hashtag like "#microdrama": "#" then letters, digits or underscores');

/**
 * Where a series knows better than the built-in platform numbers (src/publish/platform-specs.ts): sources
 * disagree, and platforms change their limits without notice.
 */
export const platformLimitsSchema = z.strictObject({
  minSeconds: z.number().min(0).optional(),
  maxSeconds: z.number().positive().optional(),
  maxMegabytes: z.number().positive().optional().describe('Largest upload, in MB (1,000,000 bytes)'),
  maxVideoKbps: z.number().int().min(500).max(100_000).optional().describe('Cap of the video bitrate'),
});

const platformPublishSchema = z.strictObject({
  hashtags: z.array(hashtag()).optional().describe('Replaces the series hashtags on this platform'),
  caption: templateText(CAPTION_PLACEHOLDERS).optional(),
  title: templateText(CAPTION_PLACEHOLDERS).optional(),
  limits: platformLimitsSchema.optional(),
});

/** How a series is posted: recurring hashtags, caption and title templates, per-platform overrides. */
export const seriesPublishSchema = z.strictObject({
  hashtags: z.array(hashtag()).default([]).describe('Recurring hashtags of every post, e.g. ["#microdrama", "#thestolendesign"]'),
  caption: templateText(CAPTION_PLACEHOLDERS)
    .default('{conflict}\n{series} · Part {number}: {title}')
    .describe('Post caption; hashtags are added after it'),
  title: templateText(CAPTION_PLACEHOLDERS).default('{series} · Part {number}: {title}').describe('Post title, where a platform has one (YouTube)'),
  platforms: z
    .strictObject({
      tiktok: platformPublishSchema.optional(),
      reels: platformPublishSchema.optional(),
      shorts: platformPublishSchema.optional(),
      'facebook-reels': platformPublishSchema.optional(),
      'snapchat-spotlight': platformPublishSchema.optional(),
    })
    .default({}),
});

/** One episode's post where it differs from the series template. */
export const episodePublishSchema = z.strictObject({
  caption: templateText(CAPTION_PLACEHOLDERS).optional().describe('Replaces the series caption template for this episode'),
  hashtags: z.array(hashtag()).optional().describe('Added after the series hashtags'),
});

export type SeriesPublish = z.output<typeof seriesPublishSchema>;
export type SeriesPublishInput = z.input<typeof seriesPublishSchema>;
export type EpisodePublish = z.output<typeof episodePublishSchema>;
export type PlatformLimits = z.output<typeof platformLimitsSchema>;
