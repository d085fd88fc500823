import { z } from 'zod';
import { castOf } from '../../continuity';
import type { Character } from '../../schema';
import { eachEpisode, type EpisodeFinding } from '../episode-rule';
import { beatName, beatStartSeconds } from '../moments';
import { defineRule } from '../types';

// Tuning: a first name shorter than this ("Al", "Bo") is too likely to be part of an ordinary file name to count.
const MIN_FIRST_NAME_LETTERS = 3;

const tokens = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether a file path names a character: their id or first name as whole words ("victor-close.mp4", "e01/jun/hook.png"). */
export const pathNames = ({ src, character, seriesId }: { src: string; character: Character; seriesId: string }): boolean => {
  const withoutSeries = src.startsWith(`${seriesId}/`) ? src.slice(seriesId.length + 1) : src;
  const words = `-${tokens(withoutSeries.replace(/\.[^./]+$/, '')).join('-')}-`;
  const first = tokens(character.name)[0] ?? '';
  const names = [tokens(character.id).join('-'), ...(first.length >= MIN_FIRST_NAME_LETTERS ? [first] : [])];
  return names.some((name) => name !== '' && words.includes(`-${name}-`));
};

/**
 * A beat's media file names no character who is not in the beat: "victor-close.mp4" on a beat with only Maya is
 * probably the wrong take. Reads the file's path in public/ (its only metadata here), not tags inside the file.
 */
export const continuityMediaCast = defineRule({
  id: 'continuity-media-cast',
  severity: 'warning',
  description: "A beat's media file names only characters who are in the beat",
  options: z.strictObject({}),
  check: eachEpisode(({ episode }) =>
    episode.beats.flatMap((resolved): EpisodeFinding[] => {
      const src = resolved.beat.media?.src;
      if (!src) return [];
      const cast = castOf(resolved.beat);
      const strangers = episode.series.characters.filter((c) => !cast.includes(c.id) && pathNames({ src, character: c, seriesId: episode.series.id }));
      if (strangers.length === 0) return [];
      const present = cast.map((id) => episode.characters.get(id)?.name ?? id).join(', ') || 'nobody';
      return [
        {
          path: ['beats', resolved.index, 'media', 'src'],
          timeInSeconds: beatStartSeconds(episode, resolved),
          message: `The media file "${src}" of ${beatName(resolved)} names ${strangers.map((c) => c.name).join(' and ')}, who ${strangers.length === 1 ? 'is' : 'are'} not in the beat (${present})`,
          fix: `Add ${strangers.map((c) => `"${c.id}"`).join(' and ')} to the beat's characters if they are in the shot, or point media.src at the take made for this beat`,
        },
      ];
    }),
  ),
});
