import type { Command } from 'commander';
import path from 'node:path';
import { resolveEpisode } from '../../timeline';
import { timelineInputs } from '../../media/assets';
import { checkFrame } from '../../render/frame-range';
import { JOB_COMPOSITION_ID } from '../../render/paths';
import { createRenderer } from '../../render/renderer';
import { singleTarget } from '../context';
import { onInterrupt } from '../interrupt';
import { wholeNumber } from '../options';

/** `cliffhanger still <target> --frame N --out file.png`. */
export const stillCommand = async (
  name: string,
  options: { frame: number; out?: string; browserExecutable?: string },
): Promise<void> => {
  const target = await singleTarget(name);
  if (!target.job) return;
  const frame = checkFrame(options.frame, resolveEpisode(target.job, timelineInputs(target.assets)).durationInFrames);
  const outPath = options.out ?? path.join('out', `${target.id}-f${frame}.png`);
  const renderer = createRenderer({ browserExecutable: options.browserExecutable });
  onInterrupt(() => renderer.close());
  try {
    await renderer.renderStill({
      target: { compositionId: target.source === 'catalog' ? target.id : JOB_COMPOSITION_ID, inputProps: target.input },
      outPath,
      frame,
    });
  } finally {
    await renderer.close();
  }
  process.stdout.write(`Wrote frame ${frame} of ${target.id} to ${outPath}\n`);
};

/** Adds `still` to the program. */
export const registerStill = (program: Command): void => {
  program
    .command('still')
    .description('render one frame of an episode to PNG')
    .argument('<target>', 'episode id or .json job file')
    .requiredOption('--frame <n>', 'frame number (30 per second)', wholeNumber)
    .option('-o, --out <file>', 'output file (default: out/<episode-id>-f<frame>.png)')
    .option('--browser-executable <path>', 'Chrome/Chromium to use')
    .action((target: string, options: { frame: number; out?: string; browserExecutable?: string }) => stillCommand(target, options));
};
