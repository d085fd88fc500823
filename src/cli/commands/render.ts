import type { Command } from 'commander';
import path from 'node:path';
import { resolveEpisode } from '../../timeline';
import { timelineInputs } from '../../media/assets';
import { parseFrameRange } from '../../render/frame-range';
import { JOB_COMPOSITION_ID, PUBLIC_DIR } from '../../render/paths';
import { prepareSound } from '../../audio/prepare-sound';
import { loudnessTarget } from '../../audio/loudness/targets';
import { loudnessWarning } from '../../audio/loudness/master';
import { platformOption } from '../../audio/loudness/platform-option';
import type { LoudnessResult } from '../../audio/loudness/normalize';
import type { Platform } from '../../schema';
import { createRenderer } from '../../render/renderer';
import { createProgressBar } from '../progress';
import { singleTarget } from '../context';
import { onInterrupt } from '../interrupt';
import { wholeNumber } from '../options';
import { renderThroughCache } from '../render-through-cache';

/** Options of `cliffhanger render`. */
export type RenderCommandOptions = { out?: string; frames?: string; browserExecutable?: string; concurrency?: number; scratchVoices?: boolean; platform?: Platform; cache?: boolean; cacheDir?: string };

/** `cliffhanger render <target>`: validates everything, then renders H.264 + AAC to a temp file and renames it into place. */
export const renderCommand = async (name: string, options: RenderCommandOptions): Promise<void> => {
  const validated = await singleTarget(name);
  if (!validated.job) return;
  const resolved = resolveEpisode(validated.job, timelineInputs(validated.assets));
  const frameRange = options.frames === undefined ? undefined : parseFrameRange(options.frames, resolved.durationInFrames);
  const target = await prepareSound({ target: validated, publicDir: PUBLIC_DIR, scratchVoices: options.scratchVoices });
  const loudness = loudnessTarget({ series: validated.job.series, platform: options.platform });
  const outPath = options.out ?? path.join('out', `${target.id}.mp4`);
  const onLoudness = (result: LoudnessResult | null) => {
    const warning = loudnessWarning(result, loudness);
    if (warning) process.stderr.write(`${warning}\n`);
  };
  const renderTarget = { compositionId: target.source === 'catalog' ? target.id : JOB_COMPOSITION_ID, inputProps: target.input };
  if (frameRange === undefined && options.cache !== false) {
    const started = Date.now();
    const cached = await renderThroughCache({ id: target.id, target: renderTarget, outPath, loudness, cacheDir: options.cacheDir, browserExecutable: options.browserExecutable, concurrency: options.concurrency, onLoudness });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`Rendered ${resolved.durationInFrames} frames of ${target.id} to ${outPath} in ${seconds.toFixed(1)} s ${cached}\n`);
    return;
  }
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
      loudness,
      onLoudness: (result) => {
        const warning = loudnessWarning(result, loudness);
        if (warning) process.stderr.write(`${warning}\n`);
      },
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
    .option('--platform <id>', 'master the mix to this platform\'s loudness (default: the series\' target, −14 LUFS)', platformOption)
    .option('--no-scratch-voices', 'leave lines without a recording silent instead of speaking them with espeak-ng')
    .option('--no-cache', 'render every frame from scratch, without reading or writing the segment cache')
    .option('--cache-dir <dir>', 'segment cache folder (default: $CLIFFHANGER_CACHE_DIR, then .cliffhanger-cache/ in the project)')
    .option('--concurrency <n>', 'frames rendered in parallel (default 1: fastest on 2 cores)', wholeNumber)
    .option('--browser-executable <path>', 'Chrome/Chromium to use (default: $CLIFFHANGER_BROWSER, then a system Chromium)')
    .action((target: string, options: RenderCommandOptions) => renderCommand(target, options));
};
