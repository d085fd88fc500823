import { z } from 'zod';
import { STORY_ROLES, type StoryRole } from '../../schema';
import { eachEpisode } from '../episode-rule';
import { formatSeconds, secondsAt } from '../moments';
import { defineRule } from '../types';

// Tuning: platforms.md's norm is at least 2 emotional spikes per 90 s. A spike is the start of a beat with one of
// SPIKE_ROLES; add "escalation" to count every escalation, or raise MIN_SPIKES for a faster genre.
const MIN_SPIKES = 2;
const WINDOW_SECONDS = 90;
const SPIKE_ROLES: readonly StoryRole[] = ['hook', 'reveal', 'cliffhanger'];
/** Beats named one by one in the fix; more are given as a range. */
const MAX_LISTED = 3;

const orList = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

const options = z.strictObject({
  minSpikes: z.number().int().min(1).default(MIN_SPIKES),
  windowSeconds: z.number().positive().default(WINDOW_SECONDS),
  roles: z.array(z.enum(STORY_ROLES)).min(1).default([...SPIKE_ROLES]).describe('Beat roles that count as a spike'),
});

/**
 * Every windowSeconds stretch that starts at 0 s or at a spike (the whole episode when it is shorter) holds at least
 * minSpikes beats whose role is one of roles, the spike it starts on included. With the defaults: no more than 90 s
 * from one spike to the next, so a hook, a mid-episode reveal and a cliffhanger carry a 100 s episode.
 */
export const emotionalSpikes = defineRule({
  id: 'emotional-spikes',
  severity: 'warning',
  description: 'At least 2 emotional spikes (hook, reveal, cliffhanger beats) in every 90 s',
  options,
  check: eachEpisode(({ episode, options: o }) => {
    const { beats, fps, durationInFrames } = episode;
    const windowFrames = Math.round(o.windowSeconds * fps);
    const spikes = beats.filter((b) => o.roles.includes(b.beat.role)).map((b) => b.fromInFrames);
    const starts = [0, ...spikes].filter((s) => s === 0 || s + windowFrames <= durationInFrames);
    for (const start of starts) {
      const end = Math.min(durationInFrames, start + windowFrames);
      const count = spikes.filter((f) => f >= start && f <= end).length;
      if (count >= o.minSpikes) continue;
      const inside = beats.filter((b) => b.fromInFrames >= start && b.fromInFrames <= end && !o.roles.includes(b.beat.role));
      const names = inside.map((b) => `beats[${b.index}]`);
      const candidates = names.length === 0 ? 'a beat' : names.length <= MAX_LISTED ? orList(names) : `one of ${names[0]}–${names[names.length - 1]}`;
      return [
        {
          path: ['beats'],
          timeInSeconds: secondsAt(start, fps),
          message: `From ${formatSeconds(start / fps)} to ${formatSeconds(end / fps)} the episode has ${count} emotional spike${count === 1 ? '' : 's'} (${o.roles.join(', ')} beats), fewer than ${o.minSpikes} per ${formatSeconds(o.windowSeconds)}`,
          fix: `Turn ${candidates} into a reveal, or tighten that stretch`,
        },
      ];
    }
    return [];
  }),
});
