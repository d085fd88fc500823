import { formatPath } from '../errors';
import { formatSeconds } from './moments';
import { countFindings, type LintResult } from './result';
import type { Finding } from './types';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

const groupByFile = (findings: readonly Finding[]): Map<string, Finding[]> => {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
  return groups;
};

const formatGroup = (file: string, findings: readonly Finding[]): string[] => {
  const rows = findings.map((f) => ({
    path: f.path.length > 0 ? formatPath(f.path) : '-',
    time: f.timeInSeconds === null ? '' : formatSeconds(f.timeInSeconds),
    f,
  }));
  const pathWidth = Math.max(...rows.map((r) => r.path.length));
  const timeWidth = Math.max(...rows.map((r) => r.time.length));
  const lines = rows.map(({ path, time, f }) =>
    `  ${path.padEnd(pathWidth)}  ${time.padStart(timeWidth)}${timeWidth > 0 ? '  ' : ''}${f.severity.padEnd('warning'.length)}  ${f.message}. ${f.fix}  ${f.ruleId}`,
  );
  return [file, ...lines, ''];
};

/** How to turn off the rules that warned, per series: `lint: { rules: { "reaction-near-reveal": "off" } }`. */
const silenceHints = (results: readonly LintResult[]): string[] =>
  results.flatMap((result) => {
    const ids = [...new Set(result.findings.filter((f) => f.severity === 'warning').map((f) => f.ruleId))];
    if (ids.length === 0) return [];
    const setting = ids.map((id) => `"${id}": "off"`).join(', ');
    return [`To silence a warning, turn its rule off in ${result.bible.file}: ${formatPath([...result.bible.pathPrefix, 'lint'])}: { rules: { ${setting} } }`];
  });

/** ESLint-like text: findings grouped by file (field path, time, severity, message and fix, rule id), then a summary. */
export const formatHuman = (results: readonly LintResult[]): string => {
  const groups = groupByFile(results.flatMap((r) => r.findings));
  const body = [...groups].flatMap(([file, findings]) => formatGroup(file, findings));
  const { errors, warnings, episodes } = countFindings(results);
  const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(episodes, 'episode')}`;
  return `${[...body, summary, ...silenceHints(results)].join('\n')}\n`;
};

/** JSON for CI: counts and every finding, its field path written as in the text output. */
export const formatJson = (results: readonly LintResult[]): string => {
  const { errors, warnings, episodes } = countFindings(results);
  const findings = results.flatMap((r) => r.findings).map((f) => ({ ...f, path: formatPath(f.path) }));
  return `${JSON.stringify({ errorCount: errors, warningCount: warnings, episodeCount: episodes, findings }, null, 2)}\n`;
};
