import type { Command } from 'commander';
import { CliffhangerError } from '../../errors';
import { resolveEpisode } from '../../timeline';
import { timelineInputs } from '../../media/assets';
import { validTargets } from '../context';
import { TARGET_HELP } from '../options';

/** `cliffhanger validate <target>`: schema, references, timings and media, in plain Node. */
export const validateCommand = async (names: readonly string[]): Promise<void> => {
  const problems = [];
  for (const name of names) {
    try {
      for (const target of await validTargets(name)) {
        if (!target.job) continue;
        const resolved = resolveEpisode(target.job, timelineInputs(target.assets));
        process.stdout.write(`✓ ${target.id} (${target.file}): ${resolved.beats.length} beats, ${(resolved.durationInFrames / resolved.fps).toFixed(1)} s\n`);
      }
    } catch (error) {
      if (!(error instanceof CliffhangerError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new CliffhangerError(problems);
};

/** Adds `validate` to the program. */
export const registerValidate = (program: Command): void => {
  program
    .command('validate')
    .description('check episodes in plain Node (schema, characters, timings, media) without a browser')
    .argument('<targets...>', TARGET_HELP)
    .action((targets: string[]) => validateCommand(targets));
};
