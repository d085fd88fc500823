import path from 'node:path';
import type { EpisodeTarget } from '../project/resolve-target';
import type { RenderTarget } from '../render/renderer';
import { JOB_COMPOSITION_ID } from '../render/paths';
import { coverTarget } from '../packaging/cover/cover-target';
import { fileEntry, isIntact, type FileEntry } from './manifest';
import type { EpisodeWork } from './publish-episode';

/** Masters and covers live here inside the output folder, made once per episode; platform files derive from them. */
export const MASTERS_DIR = '.masters';

const renderTarget = (target: EpisodeTarget): RenderTarget => ({ compositionId: target.source === 'catalog' ? target.id : JOB_COMPOSITION_ID, inputProps: target.input });

/** The master (one render of the episode) and its cover: reused when the episode's inputs are unchanged and the files intact. */
export const makeMaster = async (work: EpisodeWork): Promise<{ master: FileEntry; cover: FileEntry }> => {
  const { outDir, target, previousRun, report } = work;
  const same = !work.force && previousRun?.inputHash === work.inputHash;
  const masterRel = path.join(MASTERS_DIR, `${target.id}.mp4`);
  const coverRel = path.join(MASTERS_DIR, `${target.id}.cover.jpg`);
  if (same && (await isIntact(outDir, previousRun.master))) report.line('  master   up to date');
  else {
    const bar = report.frames('  master  ', work.resolved.durationInFrames);
    try {
      await work.renderer().renderVideo({ target: renderTarget(target), outPath: path.join(outDir, masterRel), loudness: work.loudness, colorSpace: 'bt709', onProgress: (p) => bar.update(p.renderedFrames, p.renderedFrames < work.resolved.durationInFrames ? 'rendering' : 'encoding') });
    } finally {
      bar.stop();
    }
    report.line(`  master   rendered (${work.resolved.durationInFrames} frames)`);
  }
  if (same && (await isIntact(outDir, previousRun.cover))) report.line('  cover    up to date');
  else {
    await work.renderer().renderStill({ target: coverTarget(target), outPath: path.join(outDir, coverRel), frame: 0, imageFormat: 'jpeg' });
    report.line('  cover    rendered');
  }
  return { master: await fileEntry(outDir, masterRel), cover: await fileEntry(outDir, coverRel) };
};

