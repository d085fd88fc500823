import type { EpisodeJobInput } from '../schema';
import type { FieldProblem } from '../errors';
import { resolveEpisode, type ResolvedEpisode } from '../timeline';
import { checkJob, type JobCheck } from '../validate';
import { NO_ASSETS, timelineInputs, type EpisodeAssets } from '../media/assets';
import { withDroppedInPictures } from '../media/drop-ins';
import type { LayerMode } from './layers/layer-mode';

/** An episode composition's props: the job, and the media found for it (by the CLI in Node, or by calculateMetadata in the Studio). */
export type EpisodeProps = EpisodeJobInput & {
  readonly assets?: EpisodeAssets;
  /** Set only by a layered render of the segment cache (src/render/layers), never by a user. */
  readonly layers?: LayerMode;
};

/** What an episode composition draws from its props: the checked job, its timeline with recordings and dropped-in pictures, and the media. */
export type EpisodeFromProps = {
  readonly input: EpisodeJobInput;
  readonly check: JobCheck;
  readonly assets: EpisodeAssets;
  readonly resolved: ResolvedEpisode | null;
  readonly problems: readonly FieldProblem[];
};

/** Splits off the assets, checks the job and resolves its timeline. Pure; shared by the component and calculateMetadata. */
export const episodeFromProps = (props: EpisodeProps): EpisodeFromProps => {
  const { assets = NO_ASSETS, layers: _layers, ...input } = props;
  const check = checkJob(input);
  const problems = check.job ? assets.problems : check.problems;
  const resolved = check.job && problems.length === 0 ? resolveEpisode(withDroppedInPictures(check.job, assets), timelineInputs(assets)) : null;
  return { input, check, assets, resolved, problems };
};
