import type { Command } from 'commander';
import { countFindings, formatHuman, formatJson, formatRuleTable } from '../../lint';
import { lintTargets } from '../../lint/lint-targets';
import { PUBLIC_DIR } from '../../render/paths';
import { loadProject } from '../context';
import { TARGET_HELP } from '../options';

/** Options of `cliffhanger lint`. */
export type LintCommandOptions = { json?: boolean; rules?: boolean };

/** `cliffhanger lint [targets...]`: the craft rules over series, episodes or job files; exit 1 on errors, never on warnings alone. */
export const lintCommand = async (names: readonly string[], options: LintCommandOptions): Promise<void> => {
  if (options.rules) {
    process.stdout.write(formatRuleTable());
    return;
  }
  const catalog = await loadProject();
  const every = [...new Set(catalog.episodes.map((e) => e.seriesId))];
  const results = await lintTargets({ names: names.length > 0 ? names : every, catalog, publicDir: PUBLIC_DIR });
  process.stdout.write(options.json ? formatJson(results) : formatHuman(results));
  if (countFindings(results).errors > 0) process.exitCode = 1;
};

/** Adds `lint` to the program. */
export const registerLint = (program: Command): void => {
  program
    .command('lint')
    .description('check the craft: premise, arc, hooks, beat order, cliffhangers, pacing (exit 1 on errors)')
    .argument('[targets...]', `${TARGET_HELP} (default: every series)`)
    .option('--json', 'print JSON for CI')
    .option('--rules', 'list the rules with their default severity and options')
    .action((targets: string[], options: LintCommandOptions) => lintCommand(targets, options));
};
