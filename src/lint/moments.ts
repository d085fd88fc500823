import type { ResolvedBeat, ResolvedEpisode } from '../timeline';

/** Seconds at a frame, to two decimals: the time a finding carries. */
export const secondsAt = (frames: number, fps: number): number => Math.round((frames / fps) * 100) / 100;

/** Where a beat starts, in seconds from the start of its episode. */
export const beatStartSeconds = (episode: ResolvedEpisode, beat: ResolvedBeat): number => secondsAt(beat.fromInFrames, episode.fps);

/** Episode length in seconds (unrounded). */
export const episodeSeconds = (episode: ResolvedEpisode): number => episode.durationInFrames / episode.fps;

/**
 * The frame (from the episode start) at which a beat first puts words in front of a muted viewer: the hook's
 * on-screen text, a spoken line, an insert's first item, or the cliffhanger card. Null when it has none.
 */
export const firstWordsFrame = (resolved: ResolvedBeat): number | null => {
  const offsets: number[] = [];
  if (resolved.beat.type === 'hook' && resolved.beat.overlay) offsets.push(resolved.transitionInFrames);
  const [firstLine] = resolved.lines;
  if (firstLine) offsets.push(firstLine.fromInFrames);
  const firstItem = resolved.insertTiming?.itemFromInFrames[0];
  if (firstItem !== undefined) offsets.push(firstItem);
  if (resolved.cardFromInFrames !== null) offsets.push(resolved.cardFromInFrames);
  return offsets.length === 0 ? null : resolved.fromInFrames + Math.min(...offsets);
};

/** How findings name a beat: `beats[3] ("the-slide")`. */
export const beatName = (beat: ResolvedBeat): string => `beats[${beat.index}] ("${beat.beat.id}")`;

/** How findings name an episode: `e02`. */
export const episodeLabel = (episode: ResolvedEpisode): string => `e${String(episode.episode.number).padStart(2, '0')}`;

/** Seconds as messages print them: up to two decimals, so 44.97 s never reads as 45 s. */
export const formatSeconds = (seconds: number): string => `${Number(seconds.toFixed(2))} s`;
