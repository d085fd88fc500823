import type { Command } from 'commander';
import path from 'node:path';
import { resolveEpisode } from '../../timeline';
import { parseFrameRange } from '../../render/frame-range';
import { JOB_COMPOSITION_ID } from '../../render/paths';
import { createRenderer } from '../../render/renderer';
import { createProgressBar } from '../progress';
import { singleTarget } from '../context';
import { onInterrupt } from '../interrupt';
import { wholeNumber } from '../options';

/** Options of `cliffhanger render`. */
export type RenderCommandOptions = { out?: string; frames?: string; browserExecutable?: string; concurrency?: number };

/** `cliffhanger render <target>`: validates everything, then renders H.264 + AAC to a temp file and renames it into place. */
export const renderCommand = async (name: string, options: RenderCommandOptions): Promise<void> => {
  const target = await singleTarget(name);
  if (!target.job) return;
  const resolved = resolveEpisode(target.job);
  const frameRange = options.frames === undefined ? undefined : parseFrameRange(options.frames, resolved.durationInFrames);
  const outPath = options.out ?? path.join('out', `${target.id}.mp4`);
  const renderer = createRenderer({ browserExecutable: options.browserExecutable, concurrency: options.concurrency });
  onInterrupt(() => renderer.close());
  const total = frameRange ? frameRange[1] - frameRange[0] + 1 : resolved.durationInFrames;
  const bar = createProgressBar(target.id, total);
  const started = Date.now();
  try {
    await renderer.renderVideo({
      target: { compositionId: target.source === 'catalog' ? target.id : JOB_COMPOSITION_ID, inputProps: target.input },
      outPath,
      frameRange,
      onProgress: (p) => bar.update(p.renderedFrames, p.renderedFrames < total ? 'rendering' : 'encoding'),
    });
  } finally {
    bar.stop();
    await renderer.close();
  }
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`Rendered ${total} frames of ${target.id} to ${outPath} in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(1)} frames/s)\n`);
};

/** Adds `render` to the program. */
export const registerRender = (program: Command): void => {
  program
    .command('render')
    .description('render an episode to an H.264/AAC MP4 (1080x1920, 30 fps)')
    .argument('<target>', 'episode id or .json job file')
    .option('-o, --out <file>', 'output file (default: out/<episode-id>.mp4)')
    .option('--frames <range>', 'render only these frames, e.g. 0-89')
    .option('--concurrency <n>', 'frames rendered in parallel (default 1: fastest on 2 cores)', wholeNumber)
    .option('--browser-executable <path>', 'Chrome/Chromium to use (default: $CLIFFHANGER_BROWSER, then a system Chromium)')
    .action((target: string, options: RenderCommandOptions) => renderCommand(target, options));
};
