import { z } from 'zod';
import { ARC_STAGES, PLATFORMS } from './vocabulary';
import { characterSchema } from './character';
import { seriesStyleSchema } from './style';
import { seriesPromptsSchema } from './prompts';
import { lintConfigSchema } from './lint';
import { slug, text } from './ids';
import { safeZonesSchema } from './safe-zones';
import { seriesSoundSchema } from './sound';
import { seriesPackagingSchema } from './packaging';
import { seriesPublishSchema } from './publish';

/** One plot point of the series arc. */
export const arcPointSchema = z.strictObject({
  stage: z.enum(ARC_STAGES),
  summary: text(),
});

/** The series bible: premise, arc, characters, targets and look. */
export const seriesSchema = z.strictObject({
  id: slug(),
  title: text(),
  premise: text().describe('The whole story in one sentence: who, the problem, what is at stake'),
  arc: z.array(arcPointSchema).min(1, 'needs at least one plot point'),
  characters: z.array(characterSchema).min(1, 'needs at least one character'),
  platforms: z.array(z.enum(PLATFORMS)).min(1, 'needs at least one platform').default(['tiktok', 'reels', 'shorts']),
  safeZones: safeZonesSchema.optional().describe('Organic or ads zones of the target platforms, and per-platform overrides; layout and `cliffhanger check` follow them'),
  style: seriesStyleSchema.default(seriesStyleSchema.parse({})),
  prompts: seriesPromptsSchema.optional().describe('Style line and templates of the AI shot prompts (`cliffhanger prompts`)'),
  sound: seriesSoundSchema.optional().describe('Music, room tone, scratch voices and loudness target of every episode'),
  packaging: seriesPackagingSchema.optional().describe('Title card, episode badge, end-card pointer and "previously" recap of every episode (defaults apply when left out)'),
  publish: seriesPublishSchema.optional().describe('Hashtags, caption and title templates and platform limits of `cliffhanger publish`'),
  lint: lintConfigSchema.optional().describe('Turn lint rules off, change their severity or options (`cliffhanger lint --rules` lists them)'),
}).superRefine((series, ctx) => {
  const seen = new Set<string>();
  series.characters.forEach((character, i) => {
    if (seen.has(character.id)) {
      ctx.addIssue({ code: 'custom', path: ['characters', i, 'id'], message: `must be unique in the series, but "${character.id}" is used twice`, params: { fix: 'Give each character its own id' } });
    }
    seen.add(character.id);
  });
});

export type Series = z.output<typeof seriesSchema>;
export type SeriesInput = z.input<typeof seriesSchema>;
export type ArcPoint = z.output<typeof arcPointSchema>;
