import type { ResolvedEpisode } from '../timeline';
import { buildPanel, panelTimecode, type StoryboardPanel } from './panel';

/** Everything a storyboard prints: the episode's heading and one panel per beat. */
export type Storyboard = {
  readonly id: string;
  readonly seriesTitle: string;
  /** "E01". */
  readonly episodeLabel: string;
  readonly episodeTitle: string;
  readonly purpose: string;
  /** Length as MM:SS:FF. */
  readonly length: string;
  readonly fps: number;
  readonly panels: readonly StoryboardPanel[];
};

/** The storyboard of a resolved episode. Pure: no browser, no files. */
export const buildStoryboard = (episode: ResolvedEpisode): Storyboard => ({
  id: episode.id,
  seriesTitle: episode.series.title,
  episodeLabel: `E${String(episode.episode.number).padStart(2, '0')}`,
  episodeTitle: episode.episode.title,
  purpose: episode.episode.purpose,
  length: panelTimecode(episode.durationInFrames, episode.fps),
  fps: episode.fps,
  panels: episode.beats.map((beat) => buildPanel(episode, beat)),
});
