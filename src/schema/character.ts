import { z } from 'zod';
import { zColor } from '@remotion/zod-types';
import { HAIR_STYLES } from './vocabulary';
import { slug, text } from './ids';
import { scratchVoiceSchema } from './sound';

/** How the animatic draws a character: the same stand-in in every episode. */
export const standInSchema = z.strictObject({
  skin: zColor().default('#c99a78'),
  hair: zColor().default('#2a1d17'),
  hairStyle: z.enum(HAIR_STYLES).default('short'),
  outfit: zColor().default('#3b4252'),
});

/** A character reference sheet: how the character looks, sounds and behaves, for every episode and prompt. */
export const characterSchema = z.strictObject({
  id: slug(),
  name: text(),
  age: z.number().int().min(1).max(120),
  role: text().describe('Their place in the story, e.g. "protagonist" or "antagonist"'),
  look: z.strictObject({
    hair: text(),
    face: text(),
    build: text(),
  }),
  wardrobe: text(),
  personality: text(),
  voice: text().describe('How they sound: pitch, pace, accent'),
  color: zColor().describe('Identity colour: caption speaker colour and stand-in accent'),
  standIn: standInSchema.default(standInSchema.parse({})),
  scratchVoice: scratchVoiceSchema.optional().describe('How the animatic\'s synthetic voice says their lines (espeak-ng)'),
});

export type Character = z.output<typeof characterSchema>;
export type CharacterInput = z.input<typeof characterSchema>;
