import type { Command } from 'commander';
import path from 'node:path';
import { JOB_COMPOSITION_ID } from '../../render/paths';
import { createRenderer } from '../../render/renderer';
import { boardFormat, buildStoryboard, fitNotes, PANELS_PER_PAGE, printGeometry, type Storyboard } from '../../storyboard';
import { renderStoryboard } from '../../storyboard/render-board';
import { resolveEpisode } from '../../timeline';
import { timelineInputs } from '../../media/assets';
import { singleTarget } from '../context';
import { onInterrupt } from '../interrupt';

/** Options of `cliffhanger storyboard`. */
export type StoryboardCommandOptions = { out?: string; browserExecutable?: string };

/** Panels whose notes are too long for a printed panel, as warnings that say how to fix them. */
const overflowWarnings = (board: Storyboard): string[] =>
  board.panels
    .filter((panel) => fitNotes({ panel, box: printGeometry().notes }).overflows)
    .map((p) => `Warning: the notes of panel ${p.number} ("${p.beatId}") are too long for a printed panel and are cut off. Shorten its description or dialogue, or read them in full with: cliffhanger shots ${board.id}\n`);

/** `cliffhanger storyboard <episode> --out board.pdf | board.png`: one panel per beat, validated before any still renders. */
export const storyboardCommand = async (name: string, options: StoryboardCommandOptions): Promise<void> => {
  const requested = options.out;
  if (requested !== undefined) boardFormat(requested);
  const target = await singleTarget(name);
  if (!target.job) return;
  const outPath = requested ?? path.join('out', `${target.id}-storyboard.pdf`);
  const format = boardFormat(outPath);
  const board = buildStoryboard(resolveEpisode(target.job, timelineInputs(target.assets)));
  const renderer = createRenderer({ browserExecutable: options.browserExecutable });
  onInterrupt(() => renderer.close());
  try {
    await renderStoryboard({
      renderer,
      target: { compositionId: target.source === 'catalog' ? target.id : JOB_COMPOSITION_ID, inputProps: target.input },
      board,
      format,
      outPath,
      onStill: (done, total) => process.stderr.write(`\rRendering stills ${done}/${total}`),
    });
  } finally {
    process.stderr.write('\n');
    await renderer.close();
  }
  if (format === 'pdf') for (const warning of overflowWarnings(board)) process.stderr.write(warning);
  const pages = format === 'pdf' ? `${Math.ceil(board.panels.length / PANELS_PER_PAGE)}-page ` : '';
  process.stdout.write(`Wrote a ${pages}storyboard of ${target.id} (${board.panels.length} panels) to ${outPath}\n`);
};

/** Adds `storyboard` to the program. */
export const registerStoryboard = (program: Command): void => {
  program
    .command('storyboard')
    .description('render a storyboard: one panel per beat (still, role, shot, timecode, dialogue) as A4 PDF or a phone PNG')
    .argument('<target>', 'episode id or .json job file')
    .option('-o, --out <file>', 'board.pdf: A4 pages, 6 panels each, to print; board.png: one long 1080 px wide image to read on a phone (default: out/<episode-id>-storyboard.pdf)')
    .option('--browser-executable <path>', 'Chrome/Chromium to use (default: $CLIFFHANGER_BROWSER, then a system Chromium)')
    .action((target: string, options: StoryboardCommandOptions) => storyboardCommand(target, options));
};
