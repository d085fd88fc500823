import type { Beat, Character, EpisodeJob, Episode, Series } from '../schema';
import { FPS, HEIGHT, TRANSITION_FRAMES, WIDTH } from './constants';
import type { InsertTiming } from './insert-timing';
import { secondsToFrames } from './reading-time';
import { timeBeat, type TimedLine } from './time-beat';
import { recapOf, type ResolvedRecap } from '../packaging/recap';
import { safeAreaOf } from '../safe-zones/safe-rect';
import type { Rect } from '../safe-zones/geometry';

/** A beat placed on the episode timeline. Line, insert and card frames count from the beat's start. */
export type ResolvedBeat = {
  readonly beat: Beat;
  readonly index: number;
  readonly fromInFrames: number;
  readonly durationInFrames: number;
  /** Frames of the incoming transition, played inside this beat so beats never overlap. */
  readonly transitionInFrames: number;
  readonly lines: readonly TimedLine[];
  readonly insertTiming: InsertTiming | null;
  readonly cardFromInFrames: number | null;
  /** Frames the content needs; more than durationInFrames only in an episode that failed validation. */
  readonly neededInFrames: number;
};

/** An episode with every beat, line and insert item on the frame timeline: all a composition needs to draw. */
export type ResolvedEpisode = {
  readonly id: string;
  readonly fps: number;
  readonly width: number;
  readonly height: number;
  readonly durationInFrames: number;
  readonly series: Series;
  readonly episode: Episode;
  readonly characters: ReadonlyMap<string, Character>;
  readonly beats: readonly ResolvedBeat[];
  /** The "previously" opening before the first beat (src/packaging), or null; beats start after it. */
  readonly recap: ResolvedRecap | null;
  /** Where captions, titles, cards and insert content go: the part of the frame every target platform leaves free. */
  readonly safeArea: Rect;
};

/** What the timeline needs from the files on disk, measured in Node or the Studio and passed in so resolving stays pure. */
export type TimelineInputs = {
  /** Beat id → seconds of each line's recording (null where a line has none). */
  readonly recordedLineSeconds?: Readonly<Record<string, readonly (number | null)[]>>;
};

/** The composition id of an episode: `<series-id>-e<NN>`. */
export const episodeId = (seriesId: string, episodeNumber: number): string =>
  `${seriesId}-e${String(episodeNumber).padStart(2, '0')}`;

/** Places every beat of a validated episode on a 30 fps timeline. Pure: no React, no I/O. */
export const resolveEpisode = (job: EpisodeJob, inputs: TimelineInputs = {}): ResolvedEpisode => {
  const characters = new Map(job.series.characters.map((c) => [c.id, c]));
  const recap = recapOf({ job, resolvePrevious: (episode) => resolveEpisode({ series: job.series, episode }) });
  let fromInFrames = recap?.durationInFrames ?? 0;
  const beats = job.episode.beats.map((beat, index): ResolvedBeat => {
    const timing = timeBeat({ beat, characters, fps: FPS, recordedSeconds: inputs.recordedLineSeconds?.[beat.id] });
    const durationInFrames =
      beat.durationInSeconds === undefined ? timing.neededInFrames : Math.max(1, secondsToFrames(beat.durationInSeconds, FPS));
    const resolved: ResolvedBeat = {
      beat,
      index,
      fromInFrames,
      durationInFrames,
      transitionInFrames: index === 0 ? 0 : Math.min(TRANSITION_FRAMES[beat.transition], durationInFrames),
      lines: timing.lines,
      insertTiming: timing.insertTiming,
      cardFromInFrames: timing.cardFromInFrames,
      neededInFrames: timing.neededInFrames,
    };
    fromInFrames += durationInFrames;
    return resolved;
  });
  return {
    id: episodeId(job.series.id, job.episode.number),
    fps: FPS,
    width: WIDTH,
    height: HEIGHT,
    durationInFrames: fromInFrames,
    series: job.series,
    episode: job.episode,
    characters,
    beats,
    recap,
    safeArea: safeAreaOf(job.series),
  };
};
