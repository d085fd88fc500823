import type { EpisodeJob } from '../../schema';
import type { FieldProblem } from '../../errors';
import { resolveEpisode, type ResolvedBeat, type ResolvedEpisode } from '../../timeline';
import { formatSeconds } from '../../lint/moments';

// Tuning: by default the cover shows the hook's picture this far in, after a push-in has moved
// and before any cut. Lower is closer to the first frame; higher is closer to the cut.
const DEFAULT_SHARE_OF_BEAT = 0.6;

/** The picture a cover is made from: a beat and a frame inside it. */
export type CoverFrame = { readonly beat: ResolvedBeat; readonly frameInBeat: number };

/** The beat the cover shows: the one the episode names, else the first hook, else the first beat. */
const coverBeat = (episode: ResolvedEpisode): ResolvedBeat | undefined => {
  const named = episode.episode.packaging?.cover?.beat;
  return episode.beats.find((b) => (named === undefined ? b.beat.type === 'hook' : b.beat.id === named)) ?? episode.beats[0];
};

/** Where the cover's picture comes from. Validated jobs always have one (an episode has at least one beat). */
export const coverFrameOf = (episode: ResolvedEpisode): CoverFrame | null => {
  const beat = coverBeat(episode);
  if (!beat) return null;
  const at = episode.episode.packaging?.cover?.atSeconds;
  const frame = at === undefined ? Math.floor(beat.durationInFrames * DEFAULT_SHARE_OF_BEAT) : Math.round(at * episode.fps);
  return { beat, frameInBeat: Math.min(beat.durationInFrames - 1, frame) };
};

/** A cover time past the end of its beat. Run after checkTimings (the job's references are valid). */
export const checkCoverTiming = (job: EpisodeJob): FieldProblem[] => {
  const at = job.episode.packaging?.cover?.atSeconds;
  if (at === undefined) return [];
  const episode = resolveEpisode(job);
  const beat = coverBeat(episode);
  if (!beat || Math.round(at * episode.fps) < beat.durationInFrames) return [];
  const seconds = beat.durationInFrames / episode.fps;
  return [
    {
      path: ['episode', 'packaging', 'cover', 'atSeconds'],
      message: `must be inside beat "${beat.beat.id}", which lasts ${formatSeconds(seconds)}, but got ${at}`,
      fix: `Use a time from 0 to ${Math.floor((seconds - 1 / episode.fps) * 100) / 100}`,
    },
  ];
};
