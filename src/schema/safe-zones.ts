import { z } from 'zod';
import { SAFE_ZONE_VARIANTS } from './vocabulary';

// Bounds keep any combination of overrides from leaving less than a 280x320 px safe area.
const inset = (maxPx: number) => z.number().int().min(0).max(maxPx).optional();

/** One platform's zones where the built-in preset is wrong for a series: any inset, or the action column (null: none). */
export const safeZoneOverrideSchema = z.strictObject({
  topPx: inset(800).describe('Pixels the platform covers at the top of the 1080x1920 frame'),
  bottomPx: inset(800).describe('Pixels covered at the bottom'),
  leftPx: inset(400),
  rightPx: inset(400),
  actionColumn: z
    .strictObject({
      x: z.number().int().min(540).max(1079).describe('Left edge; the column sits on the right half'),
      y: z.number().int().min(0).max(1919),
      width: z.number().int().min(1).max(540),
      height: z.number().int().min(1).max(1920),
    })
    .nullable()
    .optional()
    .describe('The like/comment/share column as a rectangle; null when the platform shows none'),
});

/** Which zones a series respects: the organic or ads variant of every target platform, with per-platform overrides. */
export const safeZonesSchema = z.strictObject({
  variant: z.enum(SAFE_ZONE_VARIANTS).default('organic').describe('"ads" when the episodes also run as ads (much more is covered at the bottom)'),
  overrides: z
    .strictObject({
      tiktok: safeZoneOverrideSchema.optional(),
      reels: safeZoneOverrideSchema.optional(),
      shorts: safeZoneOverrideSchema.optional(),
      'facebook-reels': safeZoneOverrideSchema.optional(),
      'snapchat-spotlight': safeZoneOverrideSchema.optional(),
    })
    .default({}),
});

export type SafeZoneOverride = z.output<typeof safeZoneOverrideSchema>;
export type SafeZones = z.output<typeof safeZonesSchema>;
export type SafeZonesInput = z.input<typeof safeZonesSchema>;
