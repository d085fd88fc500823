import { z } from 'zod';
import { LINT_LEVELS } from './vocabulary';

/** How a series sets one lint rule: a level, or a level and the rule's options. */
export const lintRuleSettingSchema = z.union(
  [
    z.enum(LINT_LEVELS),
    z.strictObject({
      severity: z.enum(LINT_LEVELS).optional(),
      options: z.record(z.string(), z.unknown()).optional().describe('Checked against the rule\'s own options when the series loads'),
    }),
  ],
  { error: 'must be "off", "warning", "error", or { severity?: "off" | "warning" | "error", options?: { … } }' },
);

/**
 * A series' lint configuration: rule id → setting, e.g. `{ rules: { 'episode-length': { options: { maxSeconds: 120 } } } }`.
 * Rule ids and options are checked against the rules themselves (src/lint) when the series loads.
 */
export const lintConfigSchema = z.strictObject({
  rules: z.record(z.string(), lintRuleSettingSchema).default({}),
});

export type LintRuleSetting = z.output<typeof lintRuleSettingSchema>;
export type LintConfig = z.output<typeof lintConfigSchema>;
