import { z } from 'zod';
import { eachEpisode, type EpisodeFinding } from '../episode-rule';
import { beatName, firstWordsFrame, formatSeconds, secondsAt } from '../moments';
import { withArticle } from '../text';
import { defineRule } from '../types';
import type { ResolvedEpisode } from '../../timeline';

// Tuning: writers' guides give the hook the first 3 s; TikTok measures it over 6 s. Raise it for a slower genre.
const HOOK_SECONDS = 3;

const options = z.strictObject({
  seconds: z.number().positive().default(HOOK_SECONDS).describe('Words must reach a muted viewer by this time'),
});

/** The "previously" recap plays before the hook and counts: it is what a viewer sees first (src/packaging). */
const recapNote = (episode: ResolvedEpisode): string =>
  episode.recap ? `, after the ${formatSeconds(episode.recap.durationInFrames / episode.fps)} "previously" recap` : '';

/**
 * The first beat has the hook role, and by `seconds` a muted viewer has words: the hook's on-screen text,
 * a spoken line, an insert's first item or a card (a face or a picture alone is not enough without sound).
 */
export const hookIn3s = defineRule({
  id: 'hook-in-3s',
  severity: 'error',
  description: 'The first beat is the hook, and words are on screen or spoken by 3 s',
  options,
  check: eachEpisode(({ episode, options: o }) => {
    const findings: EpisodeFinding[] = [];
    const [first] = episode.beats;
    if (!first) return findings;
    if (first.beat.role !== 'hook') {
      const hook = episode.beats.find((b) => b.beat.role === 'hook');
      findings.push({
        path: ['beats', 0, 'role'],
        timeInSeconds: 0,
        message: `The episode opens on ${beatName(first)}, ${withArticle(first.beat.role)} beat, not the hook`,
        fix: hook
          ? `Move ${beatName(hook)} to the front: the first seconds decide whether a viewer stays`
          : 'Open on a hook beat (type "hook"): a shocking line, a confrontation or a suspicious text; pressure first, context later',
      });
    }
    // Beats run in time order and a beat's words fall inside it, so the first beat with words has the earliest.
    const landing = episode.beats.map(firstWordsFrame).find((frame) => frame !== null) ?? null;
    if (landing === null || landing / episode.fps > o.seconds + 1e-9) {
      findings.push({
        path: ['beats', 0],
        timeInSeconds: landing === null ? 0 : secondsAt(landing, episode.fps),
        message: `Nothing is said or written on screen in the first ${formatSeconds(o.seconds)}${landing === null ? '' : `: the first words come at ${formatSeconds(landing / episode.fps)}`}${recapNote(episode)}`,
        fix: `Give the hook an overlay (a short line of on-screen text) or open on the line that changes everything, and cut what comes before it${episode.recap ? ', or shorten the recap (packaging.recap.seconds)' : ''}`,
      });
    }
    return findings;
  }),
});
