export { episodeStatus, BEAT_STATES } from './beat-status';
export type { BeatStatus, BeatState, EpisodeStatus } from './beat-status';
export { summarize } from './summarize';
export type { StatusCounts } from './summarize';
export { statusToText, statusToJson } from './format-status';
