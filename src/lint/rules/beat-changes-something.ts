import { z } from 'zod';
import type { ResolvedBeat } from '../../timeline';
import { eachEpisode, type EpisodeFinding } from '../episode-rule';
import { beatName, beatStartSeconds } from '../moments';
import { withArticle } from '../text';
import { defineRule } from '../types';

/** A beat carries new information when something is said, written or shown as evidence, or a face reacts. */
const carriesInformation = (b: ResolvedBeat): boolean =>
  b.beat.dialogue.length > 0 ||
  b.beat.type === 'insert' ||
  b.beat.type === 'reaction' ||
  b.beat.type === 'cliffhanger' ||
  (b.beat.type === 'hook' && b.beat.overlay !== undefined);

const sameFraming = (a: ResolvedBeat, b: ResolvedBeat): boolean =>
  a.beat.type === b.beat.type &&
  a.beat.shot.type === b.beat.shot.type &&
  [...a.beat.characters].sort().join() === [...b.beat.characters].sort().join() &&
  (a.beat.type !== 'reaction' || b.beat.type !== 'reaction' || a.beat.character === b.beat.character);

/**
 * "What changes because of this shot?" Flags (1) an escalation or reveal with no line, no insert, no reaction and no
 * on-screen text, and (2) a beat with no line and no insert that repeats the one before it: same beat type, shot
 * type and characters (for reactions, the same face). Lines and inserts always count as new information.
 */
export const beatChangesSomething = defineRule({
  id: 'beat-changes-something',
  severity: 'warning',
  description: 'Every beat changes something: no empty escalations or reveals, no repeated shot with nothing new',
  options: z.strictObject({}),
  check: eachEpisode(({ episode }) =>
    episode.beats.flatMap((resolved): EpisodeFinding[] => {
      const at = { path: ['beats', resolved.index], timeInSeconds: beatStartSeconds(episode, resolved) };
      const { role } = resolved.beat;
      if ((role === 'escalation' || role === 'reveal') && !carriesInformation(resolved)) {
        return [{ ...at, message: `${beatName(resolved)} is ${withArticle(role)} with no line, no insert, no reaction and no on-screen text: nothing in it changes`, fix: 'Give it a line or an insert that raises the stakes, make it a reaction, or cut it' }];
      }
      const previous = episode.beats[resolved.index - 1];
      const repeats = previous && resolved.beat.dialogue.length === 0 && resolved.beat.type !== 'insert' && sameFraming(previous, resolved);
      if (!previous || !repeats) return [];
      return [{ ...at, message: `${beatName(resolved)} repeats ${beatName(previous)}: the same ${resolved.beat.shot.type} of the same characters, with nothing new said or shown`, fix: 'Merge the two beats (e.g. one reaction: "shock, then anger"), or cut to another character or an insert' }];
    }),
  ),
});
