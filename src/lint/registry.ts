import type { LintRule } from './types';
import { arcShape } from './rules/arc-shape';
import { beatChangesSomething } from './rules/beat-changes-something';
import { beatOrder } from './rules/beat-order';
import { cliffhangerVariety } from './rules/cliffhanger-variety';
import { emotionalSpikes } from './rules/emotional-spikes';
import { endsOnCliffhanger } from './rules/ends-on-cliffhanger';
import { episodeLength } from './rules/episode-length';
import { episodePurpose } from './rules/episode-purpose';
import { hookIn3s } from './rules/hook-in-3s';
import { premiseOneSentence } from './rules/premise-one-sentence';
import { reactionNearReveal } from './rules/reaction-near-reveal';
import { unusedCharacter } from './rules/unused-character';
import { continuityWardrobe } from './rules/continuity-wardrobe';
import { continuityProps } from './rules/continuity-props';
import { continuityNotes } from './rules/continuity-notes';
import { continuityMediaCast } from './rules/continuity-media-cast';
import { captionReadingSpeed } from './rules/caption-reading-speed';
import { captionLineCount } from './rules/caption-line-count';
import { captionLineLength } from './rules/caption-line-length';
import { captionMinDuration } from './rules/caption-min-duration';
import { captionMaxDuration } from './rules/caption-max-duration';
import { captionGap } from './rules/caption-gap';
import { captionSource } from './rules/caption-source';

/**
 * Every lint rule, in the order findings are reported: the series bible first, then episode structure, then pacing.
 * To add a rule, write src/lint/rules/<id>.ts and add one line here.
 */
export const LINT_RULES: readonly LintRule[] = [
  premiseOneSentence,
  arcShape,
  unusedCharacter,
  episodePurpose,
  episodeLength,
  hookIn3s,
  beatOrder,
  endsOnCliffhanger,
  cliffhangerVariety,
  beatChangesSomething,
  reactionNearReveal,
  emotionalSpikes,
  continuityWardrobe,
  continuityProps,
  continuityNotes,
  continuityMediaCast,
  captionReadingSpeed,
  captionLineCount,
  captionLineLength,
  captionMinDuration,
  captionMaxDuration,
  captionGap,
  captionSource,
];

/** The ids of every rule, for "Did you mean" hints. */
export const lintRuleIds = (): string[] => LINT_RULES.map((rule) => rule.id);

/** The rule with an id, if there is one. */
export const findLintRule = (id: string): LintRule | undefined => LINT_RULES.find((rule) => rule.id === id);
