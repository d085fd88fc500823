import type { EpisodeJob } from '../schema';
import { FPS, resolveEpisode, type TimelineInputs } from '../timeline';
import type { FieldProblem } from '../errors';

/** Beats whose explicit duration is shorter than their content needs (reading time or recordings, and holds). Run after checkReferences. */
export const checkTimings = (job: EpisodeJob, inputs: TimelineInputs = {}): FieldProblem[] =>
  resolveEpisode(job, inputs).beats.flatMap((resolved): FieldProblem[] => {
    const explicit = resolved.beat.durationInSeconds;
    if (explicit === undefined || resolved.durationInFrames >= resolved.neededInFrames) return [];
    // Rounded up to a tenth, so the suggested value is always enough.
    const needed = (Math.ceil((resolved.neededInFrames / FPS) * 10 - 1e-9) / 10).toFixed(1);
    return [
      {
        path: ['episode', 'beats', resolved.index, 'durationInSeconds'],
        message: `must be at least ${needed} s, the time the beat's content needs (reading time and holds), but got ${explicit}`,
        fix: `Raise it to ${needed}, shorten the beat's text, or leave durationInSeconds out to time the beat automatically`,
      },
    ];
  });
