import { z } from 'zod';
import { eachEpisode, type EpisodeFinding } from '../episode-rule';
import { beatName, beatStartSeconds } from '../moments';
import { defineRule } from '../types';

// Tuning: 1 means the beat right before or right after. The guide: "generate more reaction shots than you think you need".
const WITHIN_BEATS = 1;

const options = z.strictObject({
  withinBeats: z.number().int().min(1).default(WITHIN_BEATS).describe('How many beats before or after a reveal a reaction may be'),
});

/** Every reveal beat is a reaction itself, or has a reaction beat within withinBeats before or after it. */
export const reactionNearReveal = defineRule({
  id: 'reaction-near-reveal',
  severity: 'warning',
  description: 'Every reveal has a reaction shot right before or after it',
  options,
  check: eachEpisode(({ episode, options: o }) =>
    episode.beats.flatMap((resolved): EpisodeFinding[] => {
      if (resolved.beat.role !== 'reveal' || resolved.beat.type === 'reaction') return [];
      const near = episode.beats.slice(Math.max(0, resolved.index - o.withinBeats), resolved.index + o.withinBeats + 1);
      if (near.some((b) => b.beat.type === 'reaction')) return [];
      const who = resolved.beat.characters[0];
      const name = who === undefined ? undefined : episode.characters.get(who)?.name.split(' ')[0];
      return [
        {
          path: ['beats', resolved.index],
          timeInSeconds: beatStartSeconds(episode, resolved),
          message: `The reveal ${beatName(resolved)} has no reaction shot within ${o.withinBeats} beat${o.withinBeats === 1 ? '' : 's'} of it`,
          fix: `Add a reaction beat right after it${name ? ` (${name}'s face as it lands)` : ''}: a shocked look, a guilty pause or a silent glare sells the reveal`,
        },
      ];
    }),
  ),
});
