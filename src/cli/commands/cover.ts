import type { Command } from 'commander';
import path from 'node:path';
import { CliffhangerError } from '../../errors';
import { createRenderer } from '../../render/renderer';
import { coverTarget } from '../../packaging/cover/cover-target';
import { singleTarget } from '../context';
import { onInterrupt } from '../interrupt';

/** Options of `cliffhanger cover`. */
export type CoverCommandOptions = { out?: string; browserExecutable?: string };

/** `cliffhanger cover <episode> [--out file.jpg]`: the episode's cover, a 1080x1920 JPEG from the series template. */
export const coverCommand = async (name: string, options: CoverCommandOptions): Promise<void> => {
  const { out } = options;
  if (out !== undefined && !/\.jpe?g$/i.test(out)) {
    throw CliffhangerError.plain('--out', `must name a .jpg file (covers are JPEG), but got "${out}"`, `Use e.g. --out ${out.replace(/\.[^./]*$/, '')}.jpg`);
  }
  const target = await singleTarget(name);
  if (!target.job) return;
  const outPath = out ?? path.join('out', `${target.id}-cover.jpg`);
  const renderer = createRenderer({ browserExecutable: options.browserExecutable });
  onInterrupt(() => renderer.close());
  try {
    await renderer.renderStill({ target: coverTarget(target), outPath, frame: 0, imageFormat: 'jpeg' });
  } finally {
    await renderer.close();
  }
  process.stdout.write(`Wrote the cover of ${target.id} to ${outPath}\n`);
};

/** Adds `cover` to the program. */
export const registerCover = (program: Command): void => {
  program
    .command('cover')
    .description('render an episode\'s cover: a 1080x1920 JPEG with the series title inside Instagram\'s 3:4 grid crop')
    .argument('<target>', 'episode id or .json job file')
    .option('-o, --out <file>', 'output file (default: out/<episode-id>-cover.jpg)')
    .option('--browser-executable <path>', 'Chrome/Chromium to use')
    .action((target: string, options: CoverCommandOptions) => coverCommand(target, options));
};
