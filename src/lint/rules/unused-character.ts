import { z } from 'zod';
import type { Beat } from '../../schema';
import { defineRule, type RuleFinding } from '../types';

const appearsIn = (beat: Beat, id: string): boolean =>
  beat.characters.includes(id) || beat.dialogue.some((line) => line.speaker === id) || (beat.type === 'reaction' && beat.character === id);

/**
 * Every character of the bible appears in some episode (in a beat's characters, a line or a reaction). Unknown ids
 * are validation errors already; this catches the other direction. Skipped for a single JSON job, which holds one episode.
 */
export const unusedCharacter = defineRule({
  id: 'unused-character',
  severity: 'warning',
  description: 'Every character of the bible appears in at least one episode',
  options: z.strictObject({}),
  check: ({ series, episodes, wholeSeries }) => {
    if (!wholeSeries) return [];
    const beats = episodes.flatMap((e) => e.beats.map((b) => b.beat));
    return series.characters.flatMap((character, i): RuleFinding[] =>
      beats.some((beat) => appearsIn(beat, character.id))
        ? []
        : [
            {
              episodeId: null,
              path: ['characters', i, 'id'],
              message: `${character.name} ("${character.id}") is defined but never appears in the ${episodes.length} episode${episodes.length === 1 ? '' : 's'}`,
              fix: 'Put them in a beat (its characters, a line or a reaction), or leave them out of the bible until they enter the story',
            },
          ],
    );
  },
});
