// The pure lint API: React-free and Node-free, safe for the Studio. The CLI's target loading is in lint-targets.ts.
export { lintSeries } from './lint-series';
export type { LintInput, Location } from './lint-series';
export { checkLintConfig, activeRules } from './config';
export type { ActiveRule } from './config';
export { LINT_RULES, lintRuleIds, findLintRule } from './registry';
export { defineRule } from './types';
export type { LintRule, LintContext, RuleFinding, Finding } from './types';
export { eachEpisode } from './episode-rule';
export type { EpisodeFinding } from './episode-rule';
export { countFindings } from './result';
export type { LintResult } from './result';
export { formatHuman, formatJson } from './format';
export { formatRuleTable } from './rule-table';
