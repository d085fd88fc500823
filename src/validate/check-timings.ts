import type { EpisodeJob } from '../schema';
import { FPS, resolveEpisode } from '../timeline';
import type { FieldProblem } from '../errors';

/** Beats whose explicit duration is shorter than their dialogue and inserts need. Run after checkReferences. */
export const checkTimings = (job: EpisodeJob): FieldProblem[] =>
  resolveEpisode(job).beats.flatMap((resolved): FieldProblem[] => {
    const explicit = resolved.beat.durationInSeconds;
    if (explicit === undefined || resolved.durationInFrames >= resolved.neededInFrames) return [];
    const needed = (resolved.neededInFrames / FPS).toFixed(1);
    return [
      {
        path: ['episode', 'beats', resolved.index, 'durationInSeconds'],
        message: `is ${explicit} s, but the beat's dialogue and inserts need ${needed} s at reading speed`,
        fix: `Raise it to at least ${needed}, shorten the lines, or leave durationInSeconds out to time the beat automatically`,
      },
    ];
  });
