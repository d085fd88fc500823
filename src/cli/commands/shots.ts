import { Option, type Command } from 'commander';
import path from 'node:path';
import { resolveEpisode } from '../../timeline';
import { buildShotList, shotsToCsv, shotsToJson, shotsToMarkdown, type EpisodeShots } from '../../shots';
import { validTargets } from '../context';
import { TARGET_HELP } from '../options';
import { writeOutput } from '../write-output';

const FORMATS = { csv: shotsToCsv, md: shotsToMarkdown, json: shotsToJson } as const;
type ShotsFormat = keyof typeof FORMATS;

/** Options of `cliffhanger shots`. */
export type ShotsCommandOptions = { format?: ShotsFormat; out?: string };

/** The format asked for, else the one the output file's extension names, else Markdown. */
const pickFormat = ({ format, out }: ShotsCommandOptions): ShotsFormat => {
  if (format) return format;
  const ext = out === undefined ? '' : path.extname(out).slice(1).toLowerCase();
  return ext === 'csv' || ext === 'json' ? ext : 'md';
};

/** `cliffhanger shots <target>`: a shot list for a filming day or a generation batch, in plain Node. */
export const shotsCommand = async (name: string, options: ShotsCommandOptions): Promise<void> => {
  const lists: EpisodeShots[] = (await validTargets(name)).flatMap((t) => (t.job ? [buildShotList(resolveEpisode(t.job))] : []));
  await writeOutput({ text: FORMATS[pickFormat(options)](lists), out: options.out });
  if (options.out === undefined) return;
  const shots = lists.flatMap((l) => l.shots);
  const suggested = shots.filter((s) => s.suggested).length;
  process.stdout.write(`Wrote ${shots.length - suggested} shots and ${suggested} suggested reaction shots of ${name} to ${options.out}\n`);
};

/** Adds `shots` to the program. */
export const registerShots = (program: Command): void => {
  program
    .command('shots')
    .description('print a shot list (cast, setting, props, lines, timecodes) with suggested extra reaction shots')
    .argument('<target>', TARGET_HELP)
    .addOption(new Option('--format <format>', 'md is a printable call sheet, the default unless --out ends in .csv or .json').choices(Object.keys(FORMATS)))
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action((target: string, options: ShotsCommandOptions) => shotsCommand(target, options));
};
