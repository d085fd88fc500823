import { z } from 'zod';
import { castOf } from '../../continuity';
import type { Character } from '../../schema';
import { eachEpisode, type EpisodeFinding } from '../episode-rule';
import { beatName, beatStartSeconds } from '../moments';
import { defineRule } from '../types';

// Tuning: a first name shorter than this ("Al", "Bo") is too likely to be part of an ordinary file name to count.
const MIN_FIRST_NAME_LETTERS = 3;

const tokens = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The words a character goes by in file names and tags: their id and, when long enough, their first name. */
const namesOf = (character: Character): string[] => {
  const first = tokens(character.name)[0] ?? '';
  return [tokens(character.id).join('-'), ...(first.length >= MIN_FIRST_NAME_LETTERS ? [first] : [])].filter((name) => name !== '');
};

/** Whether words (already split) name a character, as whole words: "victor-close", "Victor, close-up". */
const wordsName = (words: readonly string[], character: Character): boolean => {
  const joined = `-${words.join('-')}-`;
  return namesOf(character).some((name) => joined.includes(`-${name}-`));
};

/** Whether a file path names a character: their id or first name as whole words ("victor-close.mp4", "e01/jun/hook.png"). */
export const pathNames = ({ src, character, seriesId }: { src: string; character: Character; seriesId: string }): boolean => {
  const withoutSeries = src.startsWith(`${seriesId}/`) ? src.slice(seriesId.length + 1) : src;
  return wordsName(tokens(withoutSeries.replace(/\.[^./]+$/, '')), character);
};

/** The first metadata tag line ("comment: Victor at the window…") that names a character, or null. */
export const tagNaming = ({ tags, character }: { tags: string; character: Character }): string | null =>
  tags.split('\n').find((line) => wordsName(tokens(line.slice(line.indexOf(':') + 1)), character)) ?? null;

/**
 * A beat's media file names no character who is not in the beat: "victor-close.mp4" on a beat with only Maya, or a
 * clip whose title or comment tag (an AI generator's prompt, an editor's note) says "Victor…", is probably the wrong
 * take. Reads the file's path in public/ and its descriptive metadata tags (context.mediaTags, read by the caller).
 */
export const continuityMediaCast = defineRule({
  id: 'continuity-media-cast',
  severity: 'warning',
  description: "A beat's media file (its path or its title, comment and other tags) names only characters who are in the beat",
  options: z.strictObject({}),
  check: eachEpisode(({ episode, context }) =>
    episode.beats.flatMap((resolved): EpisodeFinding[] => {
      const src = resolved.beat.media?.src;
      if (!src) return [];
      const cast = castOf(resolved.beat);
      const tags = context.mediaTags?.get(src) ?? '';
      const strangers = episode.series.characters.flatMap((character) => {
        if (cast.includes(character.id)) return [];
        if (pathNames({ src, character, seriesId: episode.series.id })) return [{ character, where: 'its name' }];
        const line = tagNaming({ tags, character });
        return line === null ? [] : [{ character, where: `its ${line.slice(0, line.indexOf(':'))} tag ("${line.slice(line.indexOf(':') + 1).trim()}")` }];
      });
      if (strangers.length === 0) return [];
      const present = cast.map((id) => episode.characters.get(id)?.name ?? id).join(', ') || 'nobody';
      return [
        {
          path: ['beats', resolved.index, 'media', 'src'],
          timeInSeconds: beatStartSeconds(episode, resolved),
          message: `The media file "${src}" of ${beatName(resolved)} names ${strangers.map((s) => `${s.character.name} (in ${s.where})`).join(' and ')}, who ${strangers.length === 1 ? 'is' : 'are'} not in the beat (${present})`,
          fix: `Add ${strangers.map((s) => `"${s.character.id}"`).join(' and ')} to the beat's characters if they are in the shot, or point media.src at the take made for this beat`,
        },
      ];
    }),
  ),
});
