import type { LintSeverity, Series } from '../schema';
import { didYouMean, problemsFromZod, type FieldProblem } from '../errors';
import { findLintRule, LINT_RULES, lintRuleIds } from './registry';
import type { LintRule } from './types';

/** A rule as a series runs it: the severity the series gives it and its options with defaults applied. */
export type ActiveRule = { readonly rule: LintRule; readonly severity: LintSeverity; readonly options: unknown };

const settingOf = (series: Series, id: string) => series.lint?.rules[id];

const levelOf = (series: Series, rule: LintRule) => {
  const setting = settingOf(series, rule.id);
  if (typeof setting === 'string') return setting;
  return setting?.severity ?? rule.severity;
};

const optionsOf = (series: Series, id: string): unknown => {
  const setting = settingOf(series, id);
  return typeof setting === 'object' ? (setting.options ?? {}) : {};
};

/** Mistakes in a series' `lint` settings: unknown rule ids and options a rule does not take. Paths start at the series. */
export const checkLintConfig = (series: Series): FieldProblem[] =>
  Object.keys(series.lint?.rules ?? {}).flatMap((id): FieldProblem[] => {
    const at = ['lint', 'rules', id];
    const rule = findLintRule(id);
    if (!rule) {
      return [{ path: at, message: 'is not a lint rule', fix: didYouMean(id, lintRuleIds()) ?? 'Run `cliffhanger lint --rules` to list the rules' }];
    }
    const input = optionsOf(series, id);
    const parsed = rule.options.safeParse(input);
    if (parsed.success) return [];
    return problemsFromZod(parsed.error, input, rule.options).map((p) => ({ ...p, path: [...at, 'options', ...p.path] }));
  });

/** The rules a series runs, with its severities and options; rules it turns off are left out. Check the settings first. */
export const activeRules = (series: Series): ActiveRule[] =>
  LINT_RULES.flatMap((rule): ActiveRule[] => {
    const level = levelOf(series, rule);
    if (level === 'off') return [];
    return [{ rule, severity: level, options: rule.options.parse(optionsOf(series, rule.id)) }];
  });
