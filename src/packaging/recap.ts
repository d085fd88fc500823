import type { EpisodeJob, Episode } from '../schema';
import type { ResolvedBeat, ResolvedEpisode } from '../timeline/resolve-episode';
import { secondsToFrames } from '../timeline/reading-time';
import { FPS } from '../timeline/constants';
import { packagingOf, switchesOf } from './settings';

// Tuning: the recap starts this long before the reveal lands, so the viewer sees it arrive rather
// than a finished picture. Longer shows more set-up; shorter lands the reveal sooner.
const LEAD_IN_SECONDS = 0.4;

/** The "previously" opening: a stretch of the previous episode's reveal, replayed before the hook. */
export type ResolvedRecap = {
  readonly label: string;
  readonly durationInFrames: number;
  /** The previous episode, resolved on its own: the recap draws its reveal beat with it. */
  readonly previous: ResolvedEpisode;
  readonly beat: ResolvedBeat;
  /** The frame of the reveal beat the recap starts on. */
  readonly fromInBeatFrames: number;
};

/** The beat a recap replays: the last beat with the reveal role, or null when there is none. */
export const revealOf = (episode: Pick<ResolvedEpisode, 'beats'>): ResolvedBeat | null =>
  [...episode.beats].reverse().find((b) => b.beat.role === 'reveal') ?? null;

/** Whether an authored episode has a beat a recap could replay. */
export const hasReveal = (episode: Pick<Episode, 'beats'>): boolean => episode.beats.some((beat) => beat.role === 'reveal');

/** The frame of a beat at which its news lands: its last insert item, else its last line, else its card, else its start. */
export const landingFrame = (beat: ResolvedBeat): number => {
  const items = beat.insertTiming?.itemFromInFrames ?? [];
  const lastItem = items[items.length - 1];
  if (lastItem !== undefined) return lastItem;
  const lastLine = beat.lines[beat.lines.length - 1];
  if (lastLine) return lastLine.fromInFrames;
  return beat.cardFromInFrames ?? 0;
};

/** The window of the reveal beat a recap of `durationInFrames` plays: from just before the landing, never past the beat's end when it fits. */
export const recapStartInBeat = ({ beat, durationInFrames, fps }: { beat: ResolvedBeat; durationInFrames: number; fps: number }): number => {
  const latest = Math.max(0, beat.durationInFrames - durationInFrames);
  return Math.min(latest, Math.max(0, landingFrame(beat) - secondsToFrames(LEAD_IN_SECONDS, fps)));
};

/**
 * The recap of a job, or null when the episode has none (recap off, no previous episode, no reveal in it).
 * `resolvePrevious` is the timeline's own resolver, passed in so this module does not import it back.
 */
export const recapOf = ({ job, resolvePrevious }: { job: EpisodeJob; resolvePrevious: (episode: Episode) => ResolvedEpisode }): ResolvedRecap | null => {
  if (!job.previous || !switchesOf(job).recap || !hasReveal(job.previous)) return null;
  const previous = resolvePrevious(job.previous);
  const beat = revealOf(previous);
  if (!beat) return null;
  const settings = packagingOf(job.series).recap;
  // A reveal shorter than the recap shortens it: replaying past the reveal would show the next beat.
  const durationInFrames = Math.min(beat.durationInFrames, secondsToFrames(settings.seconds, FPS));
  return { label: settings.label, durationInFrames, previous, beat, fromInBeatFrames: recapStartInBeat({ beat, durationInFrames, fps: FPS }) };
};
