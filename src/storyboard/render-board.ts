import { writeAtomically } from '../render/atomic-output';
import type { Renderer, RenderTarget } from '../render/renderer';
import type { BoardFormat } from './board-format';
import { printSheet, sheetBrowser } from './sheet-browser';
import { sheetHtml } from './sheet/sheet-html';
import type { Storyboard } from './storyboard';

// Tuning: stills render at half size (540x960): ~330 dpi in a printed panel, 2x on the phone sheet. Measured with
// bench/storyboard.ts, scale does not change render time; it keeps each JPEG ~40 KB instead of ~100 KB.
// Raise it only for larger panels.
export const STILL_SCALE = 0.5;

/** What `renderStoryboard` needs: a renderer (one bundle, one browser), what to render, and where to. */
export type RenderStoryboardOptions = {
  readonly renderer: Renderer;
  readonly target: RenderTarget;
  readonly board: Storyboard;
  readonly format: BoardFormat;
  readonly outPath: string;
  readonly onStill?: (done: number, total: number) => void;
};

/**
 * Renders every panel's key frame in one pass through the renderer, then lays the sheet out in Chromium and writes
 * it atomically: nothing appears at `outPath` unless the whole board was made. Closes the renderer's browser before
 * starting the sheet's, so two Chromiums never share this machine's memory.
 */
export const renderStoryboard = async ({ renderer, target, board, format, outPath, onStill }: RenderStoryboardOptions): Promise<void> => {
  const executable = sheetBrowser(renderer.browser);
  const images = new Map<number, string>();
  await renderer.renderImages({
    target,
    frames: board.panels.map((panel) => panel.still.frame),
    scale: STILL_SCALE,
    imageFormat: 'jpeg',
    onImage: (image, frame) => {
      images.set(frame, `data:image/jpeg;base64,${image.toString('base64')}`);
      onStill?.(images.size, board.panels.length);
    },
  });
  await renderer.close();
  const stills = board.panels.map((panel) => images.get(panel.still.frame) ?? '');
  const html = sheetHtml({ board, stills, layout: format === 'pdf' ? 'print' : 'phone' });
  await writeAtomically(outPath, (temp) => printSheet({ html, format, outPath: temp, executable }));
};
