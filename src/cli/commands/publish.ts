import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import path from 'node:path';
import { PLATFORMS, type Platform } from '../../schema';
import { didYouMean } from '../../errors';
import { PROJECT_ROOT, PUBLIC_DIR } from '../../render/paths';
import { runPublish } from '../../publish/run-publish';
import { MANIFEST_FILE } from '../../publish/manifest';
import { createProgressBar } from '../progress';
import { loadProject } from '../context';
import { onInterrupt } from '../interrupt';
import { wholeNumber } from '../options';

/**
 * Environment variable that stands for the rendering code in publish's content hashes (e.g. a release tag). Unset,
 * the hash of src/ is used, so any change to a component re-renders the episodes it draws.
 */
export const CODE_VERSION_ENV = 'CLIFFHANGER_CODE_VERSION';

/** Options of `cliffhanger publish`. */
export type PublishCommandOptions = { platforms?: Platform[]; out?: string; force?: boolean; scratchVoices?: boolean; concurrency?: number; browserExecutable?: string };

/** Parses `--platforms tiktok,reels`, with commander's error and a suggestion on an unknown name. */
export const platformList = (value: string): Platform[] => {
  const names = value.split(',').map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) throw new InvalidArgumentError(`must list platforms (${PLATFORMS.join(', ')}), but got "${value}".`);
  for (const name of names) {
    if ((PLATFORMS as readonly string[]).includes(name)) continue;
    const hint = didYouMean(name, PLATFORMS);
    throw new InvalidArgumentError(`must be platforms among ${PLATFORMS.join(', ')}, but "${name}" is not one.${hint ? ` ${hint}` : ''}`);
  }
  return [...new Set(names)] as Platform[];
};

/** `cliffhanger publish <series>`: every episode as each platform's upload, with covers, sidecars and manifest.json. */
export const publishCommand = async (name: string, options: PublishCommandOptions): Promise<void> => {
  const outDir = path.resolve(options.out ?? path.join('out', 'publish', path.basename(name).replace(/\.json$/, '')));
  const manifest = await runPublish({
    name,
    platforms: options.platforms,
    outDir,
    force: options.force,
    scratchVoices: options.scratchVoices,
    concurrency: options.concurrency,
    browserExecutable: options.browserExecutable,
    projectRoot: PROJECT_ROOT,
    codeVersion: process.env[CODE_VERSION_ENV] || undefined,
    publicDir: PUBLIC_DIR,
    catalog: loadProject,
    onStart: onInterrupt,
    report: {
      line: (text) => process.stdout.write(`${text}\n`),
      frames: (label, total) => createProgressBar(label, total),
    },
  });
  const files = manifest.episodes.reduce((n, e) => n + Object.values(e.platforms).reduce((m, v) => m + 2 + v.sidecars.length, 0), 0);
  const relative = path.relative(process.cwd(), outDir);
  const shown = relative === '' ? '.' : relative.startsWith('..') ? outDir : relative;
  process.stdout.write(`Published ${manifest.episodes.length} episode${manifest.episodes.length === 1 ? '' : 's'} for ${manifest.platforms.join(', ')}: ${files} files in ${shown}, listed with checksums in ${path.join(shown, MANIFEST_FILE)}\n`);
};

/** Adds `publish` to the program. */
export const registerPublish = (program: Command): void => {
  program
    .command('publish')
    .description('render a series once and write each platform\'s uploads: MP4s that pass its spec, covers, subtitle sidecars and manifest.json')
    .argument('<series>', 'series id, or a .json file holding { series, episodes }')
    .option('--platforms <list>', `comma-separated: ${PLATFORMS.join(', ')} (default: the series' platforms)`, platformList)
    .option('-o, --out <dir>', 'output folder (default: out/publish/<series>)')
    .option('--force', 'make every file again, even those that are up to date')
    .option('--no-scratch-voices', 'leave lines without a recording silent instead of speaking them with espeak-ng')
    .option('--concurrency <n>', 'frames rendered in parallel (default 1: fastest on 2 cores)', wholeNumber)
    .option('--browser-executable <path>', 'Chrome/Chromium to use (default: $CLIFFHANGER_BROWSER, then a system Chromium)')
    .action((series: string, options: PublishCommandOptions) => publishCommand(series, options));
};
