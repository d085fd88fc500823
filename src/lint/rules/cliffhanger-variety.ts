import { z } from 'zod';
import { CLIFFHANGER_TYPES, type CliffhangerType } from '../../schema';
import type { ResolvedEpisode } from '../../timeline';
import { episodeLabel } from '../moments';
import { defineRule, type RuleFinding } from '../types';

// Tuning: with MIN_EPISODES or more cliffhangers, no type should end more than MAX_SHARE of them
// (0.4 of 10 = 4 threats). Raise MAX_SHARE for a genre that lives on one kind of ending.
const MAX_SHARE = 0.4;
const MIN_EPISODES = 5;
/** How many recent endings a suggestion avoids. */
const RECENT = 3;

const options = z.strictObject({
  maxShare: z.number().min(0).max(1).default(MAX_SHARE).describe('Largest share of episodes one cliffhanger type may end'),
  minEpisodes: z.number().int().min(2).default(MIN_EPISODES).describe('Episodes needed before the share is judged'),
});

type Ending = { episode: ResolvedEpisode; index: number; type: CliffhangerType };

const endingOf = (episode: ResolvedEpisode): Ending | null => {
  const last = episode.beats[episode.beats.length - 1];
  return last?.beat.type === 'cliffhanger' ? { episode, index: last.index, type: last.beat.cliffhangerType } : null;
};

const suggest = (recent: readonly Ending[]): string =>
  CLIFFHANGER_TYPES.filter((t) => !recent.some((e) => e.type === t)).map((t) => `"${t}"`).join(', ');

/** No two episodes in a row end on the same cliffhangerType, and no type ends more than maxShare of the episodes. */
export const cliffhangerVariety = defineRule({
  id: 'cliffhanger-variety',
  severity: 'warning',
  description: 'Cliffhanger types vary: never the same type twice in a row, no type ending most episodes',
  options,
  check: ({ episodes, options: o }) => {
    const endings = episodes.map(endingOf).filter((e): e is Ending => e !== null);
    const findings: RuleFinding[] = [];
    const at = ({ ending, message, fix }: { ending: Ending; message: string; fix: string }): RuleFinding => ({ episodeId: ending.episode.id, path: ['beats', ending.index, 'cliffhangerType'], message, fix });
    endings.forEach((ending, i) => {
      const previous = endings[i - 1];
      if (previous?.type !== ending.type) return;
      const recent = endings.slice(Math.max(0, i - RECENT), i + 1);
      findings.push(at({ ending, message: `Ends on a "${ending.type}" cliffhanger, like ${episodeLabel(previous.episode)} before it`, fix: `Vary the ending, e.g. ${suggest(recent)}` }));
    });
    if (endings.length < o.minEpisodes) return findings;
    for (const type of CLIFFHANGER_TYPES) {
      const using = endings.filter((e) => e.type === type);
      const latest = using[using.length - 1];
      if (!latest || using.length / endings.length <= o.maxShare) continue;
      const labels = using.map((e) => episodeLabel(e.episode)).join(', ');
      findings.push(at({ ending: latest, message: `"${type}" ends ${using.length} of ${endings.length} episodes (${labels})`, fix: `Change some of them to another type, e.g. ${suggest(using)}` }));
    }
    return findings;
  },
});
