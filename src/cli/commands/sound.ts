import type { Command } from 'commander';
import { prepareSound } from '../../audio/prepare-sound';
import { planSound } from '../../audio/sound-plan';
import { timelineInputs, type EpisodeAssets } from '../../media/assets';
import { PUBLIC_DIR } from '../../render/paths';
import { resolveEpisode, type ResolvedEpisode } from '../../timeline';
import { validTargets } from '../context';
import { TARGET_HELP } from '../options';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line per episode: where each line's voice comes from, the music bed, and how many effects play. */
export const describeSound = ({ id, episode, assets }: { id: string; episode: ResolvedEpisode; assets: EpisodeAssets }): string => {
  const voices = episode.beats.flatMap((b) => b.lines.map((_, i) => assets.voices[b.beat.id]?.[i] ?? null));
  const recorded = voices.filter((v) => v && !v.scratch).length;
  const scratch = voices.filter((v) => v?.scratch).length;
  const effects = planSound({ episode, assets }).filter((cue) => cue.key.startsWith('effect-')).length;
  const music = assets.music ? `public/${assets.music.src}` : 'none';
  return `${id}: ${plural(voices.length, 'line')} (${recorded} recorded, ${scratch} scratch, ${voices.length - recorded - scratch} silent), music ${music}, ${plural(effects, 'effect')}\n`;
};

/** `cliffhanger sound <target>`: makes the built-in sounds and scratch voices (for the Studio, which cannot run espeak-ng) and says what each episode plays. */
export const soundCommand = async (names: readonly string[], options: { scratchVoices?: boolean }): Promise<void> => {
  for (const name of names) {
    for (const validated of await validTargets(name)) {
      const target = await prepareSound({ target: validated, publicDir: PUBLIC_DIR, scratchVoices: options.scratchVoices });
      if (!target.job || !target.assets) continue;
      const episode = resolveEpisode(target.job, timelineInputs(target.assets));
      process.stdout.write(describeSound({ id: target.id, episode, assets: target.assets }));
    }
  }
};

/** Adds `sound` to the program. */
export const registerSound = (program: Command): void => {
  program
    .command('sound')
    .description('make built-in sounds and scratch voices in public/cliffhanger-cache/ (for the Studio) and list what each episode plays')
    .argument('<targets...>', TARGET_HELP)
    .option('--no-scratch-voices', 'do not speak lines without a recording')
    .action((targets: string[], options: { scratchVoices?: boolean }) => soundCommand(targets, options));
};
