import type { Command } from 'commander';
import { resolveEpisode } from '../../timeline';
import { loadProject } from '../context';

/** `cliffhanger list [--json]`: every series and episode with its duration. */
export const listCommand = async ({ json }: { json?: boolean }): Promise<void> => {
  const catalog = await loadProject();
  const rows = catalog.episodes.map((e) => {
    const resolved = e.job ? resolveEpisode(e.job) : null;
    return {
      id: e.id,
      series: e.seriesId,
      number: e.number,
      title: e.title,
      file: e.file,
      beats: resolved?.beats.length ?? null,
      durationInFrames: resolved?.durationInFrames ?? null,
      durationInSeconds: resolved ? Number((resolved.durationInFrames / resolved.fps).toFixed(2)) : null,
      valid: e.job !== null,
    };
  });
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  let series = '';
  for (const row of rows) {
    if (row.series !== series) {
      series = row.series;
      process.stdout.write(`${series}\n`);
    }
    const duration = row.durationInSeconds === null ? 'invalid: run `cliffhanger validate ' + row.id + '`' : `${row.durationInSeconds.toFixed(1)} s, ${row.beats} beats`;
    process.stdout.write(`  ${row.id}  ${row.title}  (${duration})\n`);
  }
  if (rows.length === 0) process.stdout.write('No episodes yet: add a series to scenes/index.ts.\n');
};

/** Adds `list` to the program. */
export const registerList = (program: Command): void => {
  program
    .command('list')
    .description('list every series and episode with its duration')
    .option('--json', 'print JSON for scripts')
    .action((options: { json?: boolean }) => listCommand(options));
};
