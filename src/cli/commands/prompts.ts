import type { Command } from 'commander';
import { resolveEpisode } from '../../timeline';
import { compilePrompts, type EpisodePrompts } from '../../prompts';
import { singleTarget } from '../context';

/** Options of `cliffhanger prompts`. */
export type PromptsCommandOptions = { json?: boolean; template?: string; suggestions?: boolean };

const asText = ({ episode, template, prompts }: EpisodePrompts): string =>
  [`${episode}: ${prompts.length} prompts, template "${template}"`, '', ...prompts.flatMap((p) => [`${p.shot}. ${p.beat}${p.suggested ? ' (SUGGESTED)' : ''}  #${p.hash}`, p.prompt, ''])].join('\n');

/** `cliffhanger prompts <episode>`: one AI shot prompt per beat, compiled from the character sheets. */
export const promptsCommand = async (name: string, options: PromptsCommandOptions): Promise<void> => {
  const target = await singleTarget(name);
  if (!target.job) return;
  const compiled = compilePrompts({ episode: resolveEpisode(target.job), template: options.template, suggestions: options.suggestions });
  process.stdout.write(options.json ? `${JSON.stringify(compiled, null, 2)}\n` : asText(compiled));
};

/** Adds `prompts` to the program. */
export const registerPrompts = (program: Command): void => {
  program
    .command('prompts')
    .description('print one image/video generation prompt per beat, with a hash that changes when the prompt does')
    .argument('<episode>', 'episode id (the-stolen-design-e01) or a .json job file')
    .option('--template <name>', 'generic, video (camera move, duration, lines), image, or one of the series\' own templates')
    .option('--suggestions', 'add prompts for the suggested extra reaction shots of `cliffhanger shots`')
    .option('--json', 'print JSON for scripts')
    .action((target: string, options: PromptsCommandOptions) => promptsCommand(target, options));
};
