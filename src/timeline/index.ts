export { FPS, WIDTH, HEIGHT, WORDS_PER_SECOND, CHARACTERS_PER_SECOND, TRANSITION_FRAMES } from './constants';
export { readingSeconds, countWords, secondsToFrames } from './reading-time';
export { timeInsert } from './insert-timing';
export type { InsertTiming } from './insert-timing';
export { timeBeat } from './time-beat';
export type { TimedLine, BeatTiming } from './time-beat';
export { resolveEpisode, episodeId } from './resolve-episode';
export type { ResolvedEpisode, ResolvedBeat, TimelineInputs } from './resolve-episode';
export { trimmedClipSeconds } from './clip-length';
