import { z } from 'zod';
import { eachEpisode, type EpisodeFinding } from '../episode-rule';
import { beatName, beatStartSeconds } from '../moments';
import { defineRule } from '../types';

/**
 * Roles run hook → escalation → reveal → cliffhanger. Escalations and reveals may interleave (a reveal before any
 * escalation is fine), so this flags only what breaks the shape: a second hook after an opening hook, a cliffhanger
 * before the last beat when the last beat is one too, and an episode without a reveal. An episode that does not
 * open on a hook is reported by hook-in-3s, and one that does not end on a cliffhanger by ends-on-cliffhanger.
 */
export const beatOrder = defineRule({
  id: 'beat-order',
  severity: 'error',
  description: 'Beats run hook → escalation → reveal → cliffhanger: one hook, a reveal, one cliffhanger at the end',
  options: z.strictObject({}),
  check: eachEpisode(({ episode }) => {
    const findings: EpisodeFinding[] = [];
    const { beats } = episode;
    const firstHook = beats.findIndex((b) => b.beat.role === 'hook');
    const last = beats[beats.length - 1];
    for (const resolved of beats) {
      const at = { path: ['beats', resolved.index, 'role'], timeInSeconds: beatStartSeconds(episode, resolved) };
      if (resolved.beat.role === 'hook' && resolved.index > firstHook) {
        findings.push({ ...at, message: `${beatName(resolved)} is a second hook, in the middle of the episode`, fix: 'Give it role "escalation" or "reveal": an episode has one hook, at the start' });
      }
      if (resolved.beat.role === 'cliffhanger' && resolved !== last && last?.beat.role === 'cliffhanger') {
        findings.push({ ...at, message: `${beatName(resolved)} is a cliffhanger in the middle of the episode`, fix: 'Give it role "reveal" or "escalation": the cliffhanger is the last beat' });
      }
    }
    if (!beats.some((b) => b.beat.role === 'reveal')) {
      findings.push({ path: ['beats'], message: 'The episode has no reveal', fix: 'Give one beat role "reveal": new information (a secret, a lie, a hidden motive, a clue) that changes how the viewer reads the story' });
    }
    return findings;
  }),
});
