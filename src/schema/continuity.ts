import { z } from 'zod';
import { slug, text } from './ids';

/**
 * What a character wears or carries in a beat, as a script supervisor notes it. A note holds until a
 * later note replaces it; a note that differs from what came before must say why in `change`.
 */
export const continuityNoteSchema = z.strictObject({
  character: slug().describe('Id of the character the note is about'),
  wardrobe: text().optional().describe('What they wear from this beat on; the series bible\'s wardrobe until a note says otherwise'),
  props: z.array(text()).optional().describe('What they have on them or in hand from this beat on, e.g. ["phone", "resignation letter"]'),
  change: text().optional().describe('Why the wardrobe or props differ from the beat before, e.g. "the next morning"'),
});

export type ContinuityNote = z.output<typeof continuityNoteSchema>;
