import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CliffhangerError } from '../../errors';
import { resolveTargets } from '../../project/resolve-target';
import { PUBLIC_DIR } from '../../render/paths';
import { episodeStatus, statusToJson, statusToText, type EpisodeStatus } from '../../status';
import { isInsidePublic } from '../../validate/check-media';
import { checkJob } from '../../validate';
import { loadProject } from '../context';
import { withDroppedInFiles } from '../../media/drop-ins';
import { listPublicFiles } from '../../media/public-files';
import { TARGET_HELP } from '../options';

const existsInPublic = (src: string): boolean => {
  const file = path.join(PUBLIC_DIR, src);
  return isInsidePublic(src) && existsSync(file) && statSync(file).isFile();
};

/** `cliffhanger status <target>`: which beats have media and which are still animatic panels. Missing files are reported, not fatal. */
export const statusCommand = async (name: string, options: { json?: boolean }): Promise<void> => {
  const targets = resolveTargets({ name, catalog: await loadProject(), publicDir: PUBLIC_DIR });
  const files = listPublicFiles(PUBLIC_DIR);
  const episodes = targets.map((target): EpisodeStatus => {
    // Checked again without the media check, which would refuse exactly what this command reports.
    const { job } = checkJob(target.input);
    if (!job) throw new CliffhangerError(target.problems);
    // A picture dropped in at public/<series>/eNN/<beat-id>.* counts as the beat's media, as it plays.
    return episodeStatus({ id: target.id, job: withDroppedInFiles(job, files), exists: existsInPublic });
  });
  process.stdout.write((options.json ? statusToJson : statusToText)({ name, episodes }));
};

/** Adds `status` to the program. */
export const registerStatus = (program: Command): void => {
  program
    .command('status')
    .description('show which beats have media and which are still animatic panels')
    .argument('<target>', TARGET_HELP)
    .option('--json', 'print JSON for scripts')
    .action((target: string, options: { json?: boolean }) => statusCommand(target, options));
};
