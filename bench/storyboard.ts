// `npm run bench:storyboard -- [episode-id | job.json]`: times a storyboard's stills (one renderStill each, or one
// renderImages pass) at each scale, and its two sheets, on one renderer.
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { singleTarget } from '../src/cli/context';
import { JOB_COMPOSITION_ID } from '../src/render/paths';
import { timelineInputs } from '../src/media/assets';
import { createRenderer } from '../src/render/renderer';
import { buildStoryboard } from '../src/storyboard';
import { printSheet, sheetBrowser } from '../src/storyboard/sheet-browser';
import { sheetHtml } from '../src/storyboard/sheet/sheet-html';
import { resolveEpisode } from '../src/timeline';

// Tuning: the scales compared (1 = full 1080x1920); each is run twice, alternating, so machine load affects both alike.
const SCALES = [1, 0.5, 1, 0.5] as const;

const id = process.argv[2] ?? 'the-stolen-design-e01';
// The CLI's own path: validated, media probed, so the stills match what `cliffhanger storyboard` renders.
const episode = await singleTarget(id);
if (!episode.job) throw new Error(`No valid episode "${id}"`);
const board = buildStoryboard(resolveEpisode(episode.job, timelineInputs(episode.assets)));
const target = { compositionId: episode.source === 'catalog' ? episode.id : JOB_COMPOSITION_ID, inputProps: episode.input };
const dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-bench-'));
const renderer = createRenderer();
const timed = async (label: string, work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  process.stdout.write(`${label}: ${(ms / 1000).toFixed(2)} s\n`);
  return ms;
};
try {
  await timed('bundle, browser and first still', () => renderer.renderStill({ target, outPath: path.join(dir, 'warm.jpeg'), frame: 0, scale: 0.5, imageFormat: 'jpeg' }));
  for (const scale of SCALES) {
    const ms = await timed(`${board.panels.length} stills at scale ${scale}`, async () => {
      for (const p of board.panels) await renderer.renderStill({ target, outPath: path.join(dir, `${p.number}.jpeg`), frame: p.still.frame, scale, imageFormat: 'jpeg' });
    });
    process.stdout.write(`  ${(ms / board.panels.length / 1000).toFixed(2)} s a still\n`);
    const frames = board.panels.map((p) => p.still.frame);
    const pass = await timed(`${board.panels.length} stills at scale ${scale} in one renderImages pass`, () => renderer.renderImages({ target, frames, scale, imageFormat: 'jpeg', onImage: () => undefined }));
    process.stdout.write(`  ${(pass / board.panels.length / 1000).toFixed(2)} s a still\n`);
  }
  await renderer.close();
  await timed('A4 PDF sheet', () => printSheet({ html: sheetHtml({ board, stills: [], layout: 'print' }), format: 'pdf', outPath: path.join(dir, 'b.pdf'), executable: sheetBrowser(renderer.browser) }));
  await timed('phone PNG sheet', () => printSheet({ html: sheetHtml({ board, stills: [], layout: 'phone' }), format: 'png', outPath: path.join(dir, 'b.png'), executable: sheetBrowser(renderer.browser) }));
} finally {
  await renderer.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
