import type { EpisodeInput } from './episode';
import type { SeriesInput } from './series';

/** A series as authored under scenes/<series-id>/: the bible and its episodes, not yet validated. */
export type SeriesEntry = {
  readonly series: SeriesInput;
  readonly episodes: readonly EpisodeInput[];
};

/** Types a series bible while authoring; validation happens when the catalog loads. */
export const defineSeries = (series: SeriesInput): SeriesInput => series;

/** Types an episode while authoring; validation happens when the catalog loads. */
export const defineEpisode = (episode: EpisodeInput): EpisodeInput => episode;
