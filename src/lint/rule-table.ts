import { LINT_RULES } from './registry';

/** Every rule with its default severity, description and default options, for `cliffhanger lint --rules`. */
export const formatRuleTable = (): string => {
  const idWidth = Math.max(...LINT_RULES.map((r) => r.id.length));
  const rows = LINT_RULES.map((rule) => {
    const defaults = JSON.stringify(rule.options.parse({}));
    const options = defaults === '{}' ? '' : `  options ${defaults}`;
    return `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd('warning'.length)}  ${rule.description}${options}`;
  });
  return `${rows.join('\n')}\nSet them per series in the bible: lint: { rules: { "<rule-id>": "off" | "warning" | "error" | { severity, options } } }\n`;
};
