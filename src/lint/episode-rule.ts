import type { ResolvedEpisode } from '../timeline';
import type { LintContext, RuleFinding } from './types';

/** A finding inside one episode, before the episode id is attached. */
export type EpisodeFinding = Omit<RuleFinding, 'episodeId'>;

/** Builds a check that looks at each episode on its own, the shape of most rules. */
export const eachEpisode =
  <Options>(check: (input: { episode: ResolvedEpisode; options: Options; context: LintContext<Options> }) => readonly EpisodeFinding[]) =>
  (context: LintContext<Options>): RuleFinding[] =>
    context.episodes.flatMap((episode) =>
      check({ episode, options: context.options, context }).map((finding) => ({ episodeId: episode.id, ...finding })),
    );
