import type { z } from 'zod';
import type { FieldPath } from '../errors';
import type { LintSeverity, Series } from '../schema';
import type { ResolvedEpisode } from '../timeline';
import type { CaptionFile } from '../captions';

/** What a rule reports: where it is (an episode or the bible, a field path, a time) and what to change. */
export type RuleFinding = {
  /** The episode the finding is in (its id, e.g. "the-stolen-design-e02"), or null for the series bible. */
  readonly episodeId: string | null;
  /** Field path inside that episode or the bible, e.g. ['beats', 3, 'role']. */
  readonly path: FieldPath;
  /** Seconds from the start of the episode, where the finding has a moment. */
  readonly timeInSeconds?: number;
  /** What is wrong, naming the place and the expectation; no final period. */
  readonly message: string;
  /** What to change; no final period. */
  readonly fix: string;
};

/** A finding as reported: the rule, the severity the series gives it, the file and field, and the fix. */
export type Finding = {
  readonly ruleId: string;
  readonly severity: LintSeverity;
  readonly file: string;
  readonly path: FieldPath;
  readonly episodeId: string | null;
  readonly timeInSeconds: number | null;
  readonly message: string;
  readonly fix: string;
};

/** What a rule's check sees: the series, its valid episodes resolved in order, and the rule's options with defaults. */
export type LintContext<Options> = {
  readonly series: Series;
  readonly episodes: readonly ResolvedEpisode[];
  /** False when the episodes are not the whole series (a single JSON job): rules that tally the series skip. */
  readonly wholeSeries: boolean;
  readonly options: Options;
  /** Episode id → the subtitle file it takes caption timings from (episode.captions.src), read by the caller; caption rules use it. */
  readonly captionFiles?: ReadonlyMap<string, CaptionFile>;
  /** Media path in public/ → its descriptive metadata tags as "tag: value" lines (see readMediaTags), read by the caller. */
  readonly mediaTags?: ReadonlyMap<string, string>;
};

/** A lint rule: an id, a default severity, typed options with defaults, and a pure check. */
export type LintRule<Options = unknown> = {
  /** Kebab-case; what a series writes under `lint.rules`. */
  readonly id: string;
  readonly severity: LintSeverity;
  /** One line for `cliffhanger lint --rules` and the README. */
  readonly description: string;
  /** Options with their defaults; a strict object, so a misspelt option is an error. */
  readonly options: z.ZodType<Options>;
  // Method syntax on purpose: rules with different options share one registry.
  check(context: LintContext<Options>): readonly RuleFinding[];
};

/** Types a rule, inferring its options from the schema. */
export const defineRule = <Options>(rule: LintRule<Options>): LintRule<Options> => rule;
