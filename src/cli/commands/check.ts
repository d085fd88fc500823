import type { Command } from 'commander';
import { timelineInputs } from '../../media/assets';
import { JOB_COMPOSITION_ID, PUBLIC_DIR } from '../../render/paths';
import { createRenderer } from '../../render/renderer';
import { captionSpans } from '../../safe-zones/check/caption-spans';
import { checkEpisodeLayout, type LayoutCheck } from '../../safe-zones/check/check-episode';
import { formatCheckSummary, formatEpisodeCheck } from '../../safe-zones/check/format-check';
import { platformsOption, variantOption } from '../../safe-zones/check/options';
import { safeZoneSettingsOf } from '../../safe-zones/safe-rect';
import type { Platform, SafeZoneVariant } from '../../schema';
import { resolveEpisode } from '../../timeline';
import { validTargets } from '../context';
import { onInterrupt } from '../interrupt';
import { TARGET_HELP } from '../options';

/** Options of `cliffhanger check`. */
export type CheckCommandOptions = { platforms?: Platform[]; variant?: SafeZoneVariant; browserExecutable?: string };

/** `cliffhanger check <targets...>`: renders sampled frames, measures captions, titles, clues and faces, and reports every collision with platform UI (exit 1). */
export const checkCommand = async (names: readonly string[], options: CheckCommandOptions): Promise<void> => {
  const targets = [];
  // Every target is validated before the browser starts.
  for (const name of names) targets.push(...(await validTargets(name)));
  const renderer = createRenderer({ browserExecutable: options.browserExecutable });
  onInterrupt(() => renderer.close());
  const checks: LayoutCheck[] = [];
  try {
    for (const target of targets) {
      if (!target.job) continue;
      const series = safeZoneSettingsOf(target.job.series);
      const episode = resolveEpisode(target.job, timelineInputs(target.assets));
      const check = await checkEpisodeLayout({
        renderer,
        target: { compositionId: target.source === 'catalog' ? target.id : JOB_COMPOSITION_ID, inputProps: target.input },
        episode,
        spans: captionSpans({ episode, publicDir: PUBLIC_DIR }),
        file: target.file,
        settings: { ...series, platforms: options.platforms ?? series.platforms, variant: options.variant ?? series.variant },
      });
      process.stdout.write(formatEpisodeCheck(check));
      checks.push(check);
    }
  } finally {
    await renderer.close();
  }
  process.stdout.write(formatCheckSummary(checks));
  if (checks.some((c) => c.collisions.length > 0)) process.exitCode = 1;
};

/** Adds `check` to the program. */
export const registerCheck = (program: Command): void => {
  program
    .command('check')
    .description('render sampled frames and report captions, titles, clues and faces under platform UI (exit 1 on any)')
    .argument('<targets...>', TARGET_HELP)
    .option('--platforms <list>', 'check against these platforms instead of the series\' (comma-separated, e.g. tiktok,reels)', platformsOption)
    .option('--variant <name>', 'organic or ads zones (default: the series\' choice, organic)', variantOption)
    .option('--browser-executable <path>', 'Chrome/Chromium to use (default: $CLIFFHANGER_BROWSER, then a system Chromium)')
    .action((targets: string[], options: CheckCommandOptions) => checkCommand(targets, options));
};
