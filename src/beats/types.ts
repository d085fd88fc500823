import type { Beat } from '../schema';
import type { ResolvedBeat, ResolvedEpisode } from '../timeline';
import type { Look } from '../style';

/** What every beat component receives: its beat (narrowed by type), its place on the timeline, the episode and the series look. */
export type ShotProps<B extends Beat = Beat> = {
  readonly beat: B;
  readonly resolved: ResolvedBeat;
  readonly episode: ResolvedEpisode;
  readonly look: Look;
};
