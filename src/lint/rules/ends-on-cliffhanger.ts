import { z } from 'zod';
import { eachEpisode, type EpisodeFinding } from '../episode-rule';
import { beatName, formatSeconds, secondsAt } from '../moments';
import { withArticle } from '../text';
import { defineRule } from '../types';

// Tuning: the turn should be among the last things a viewer sees. A cliffhanger beat with a short last line
// and its card lands about 3–5 s before the end; 8 s leaves room for a longer line or a held look.
const LAND_WITHIN_SECONDS = 8;

const options = z.strictObject({
  landWithinSeconds: z.number().positive().default(LAND_WITHIN_SECONDS).describe('Longest time from the turn to the end'),
});

/**
 * The last beat has the cliffhanger role, and it lands in the final seconds: its last line (or, without lines,
 * its card or its first frame) starts at most landWithinSeconds before the episode ends.
 */
export const endsOnCliffhanger = defineRule({
  id: 'ends-on-cliffhanger',
  severity: 'error',
  description: 'The last beat is a cliffhanger, landing in the final 8 s',
  options,
  check: eachEpisode(({ episode, options: o }) => {
    const { beats, fps } = episode;
    const last = beats[beats.length - 1];
    if (!last) return [];
    const findings: EpisodeFinding[] = [];
    if (last.beat.role !== 'cliffhanger') {
      const earlier = beats.findLast((b) => b.beat.role === 'cliffhanger');
      const after = earlier ? beats.length - 1 - earlier.index : 0;
      findings.push({
        path: ['beats', last.index, 'role'],
        timeInSeconds: secondsAt(last.fromInFrames, fps),
        message: earlier
          ? `${beatName(earlier)} is the cliffhanger, but ${after} beat${after === 1 ? '' : 's'} follow${after === 1 ? 's' : ''} it`
          : `The episode ends on ${beatName(last)}, ${withArticle(last.beat.role)} beat, not a cliffhanger`,
        fix: earlier
          ? 'End the episode on the cliffhanger: move or cut the beats after it'
          : 'End on a cliffhanger beat (type "cliffhanger"): unresolved enough that the viewer wants the next part',
      });
      return findings;
    }
    const lastLine = last.lines[last.lines.length - 1];
    const offset = lastLine ? lastLine.fromInFrames : (last.cardFromInFrames ?? 0);
    const landingFrame = last.fromInFrames + offset;
    const beforeEnd = (episode.durationInFrames - landingFrame) / fps;
    if (beforeEnd > o.landWithinSeconds + 1e-9) {
      findings.push({
        path: ['beats', last.index],
        timeInSeconds: secondsAt(landingFrame, fps),
        message: `The cliffhanger lands ${formatSeconds(beforeEnd)} before the end, more than ${formatSeconds(o.landWithinSeconds)}`,
        fix: `End within ${formatSeconds(o.landWithinSeconds)} of the turn: shorten the beat's durationInSeconds or its last line`,
      });
    }
    return findings;
  }),
});
