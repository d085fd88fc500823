import type { Location } from './lint-series';
import type { Finding } from './types';

/** The outcome of linting one series or one JSON job: its findings, how many episodes were linted, and where its bible is. */
export type LintResult = {
  readonly findings: readonly Finding[];
  readonly episodeCount: number;
  /** Where the series bible is, to say where to turn a rule off. */
  readonly bible: Location;
};

/** Errors, warnings and episodes over several results. */
export const countFindings = (results: readonly LintResult[]): { errors: number; warnings: number; episodes: number } => {
  const findings = results.flatMap((r) => r.findings);
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    episodes: results.reduce((sum, r) => sum + r.episodeCount, 0),
  };
};
