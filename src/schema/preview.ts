import { z } from 'zod';

/** Studio-only aids, toggled in the props editor. Nothing here ever appears in a render. */
export const previewSchema = z.strictObject({
  safeZoneGuides: z.boolean().default(true).describe('Shade the target platforms\' UI (top, bottom, action column) and outline the safe area in the Studio'),
});

/** The preview settings an episode composition starts with in the Studio: guides on. */
export const DEFAULT_PREVIEW = { safeZoneGuides: true } as const;

export type Preview = z.output<typeof previewSchema>;
