import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Renderer, RenderTarget } from '../renderer';
import type { EncodeSettings } from '../segments/render-run';
import type { Segment } from '../segments/plan';
import type { Run } from '../segments/runs';
import { splitRun } from '../segments/split-run';
import { SIGNATURES_ARTIFACT, type LayerMode } from '../../remotion/layers/layer-mode';
import { composeRun } from './compose';
import type { FootageLayer } from './footage';
import { planFrames, spansOf } from './frame-plan';

/** What a layered run captured: frames in the run, and how many of them each layer's pass had to capture. */
export type LayeredRunReport = { readonly frames: number; readonly capturedFull: number; readonly capturedOverlay: number };

const withLayers = (target: RenderTarget, layers: LayerMode): RenderTarget => ({ ...target, inputProps: { ...target.inputProps, layers } });

/**
 * Renders one run of frames as layers, straight into its segments: a probe pass plays every frame without capturing
 * and signs it (its DOM), so frames that repeat one already captured are held instead of captured again; Chromium
 * captures the transparent overlays of the footage beats (PNG, which ffmpeg lays over the clips), then the remaining
 * frames whole (JPEG, as Remotion does), in order; each segment is encoded by ffmpeg as soon as its last frame is
 * captured, on the other core while Chromium goes on, and handed to `write`.
 */
export const renderLayeredRun = async ({
  renderer,
  target,
  run,
  footage,
  fps,
  width,
  height,
  publicDir,
  encode,
  ffmpeg,
  workDir,
  write,
  onFrames,
}: {
  renderer: Renderer;
  target: RenderTarget;
  run: Run;
  footage: readonly FootageLayer[];
  fps: number;
  width: number;
  height: number;
  publicDir: string;
  encode: EncodeSettings;
  ffmpeg: string;
  workDir: string;
  /** Stores one segment: `produce` writes it (MPEG-TS, frames timed on the episode timeline) to the path it is given. */
  write: (segment: Segment, produce: (tempPath: string) => Promise<void>) => Promise<void>;
  /** Progress in frames of the run (captured and held), for a progress bar. */
  onFrames: (frames: number) => void;
}): Promise<LayeredRunReport> => {
  const t0 = Date.now();
  const lap = (label: string) => process.env.CLIFFHANGER_TIMINGS && process.stderr.write(`\n[layers] ${label} at ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const from = run.fromInFrames;
  const to = run.fromInFrames + run.durationInFrames;
  const inRun = footage.filter((f) => f.toInFrames > from && f.beatFromInFrames < to);
  const omitPictures = inRun.map((f) => f.beatIndex);
  let signatures: string[] | null = null;
  await renderer.visitFrames({
    target: withLayers(target, { omitPictures, transparent: false, probeTo: to }),
    frames: [from],
    envVariables: {},
    onArtifact: (artifact) => {
      if (artifact.filename === SIGNATURES_ARTIFACT) signatures = JSON.parse(artifact.content) as string[];
    },
  });
  if (!signatures) throw new Error(`The probe of frames ${from}-${to - 1} emitted no signatures`);
  const plan = planFrames({ from, to, signatures, footage: inRun });
  lap(`probed ${to - from} frames: ${plan.full.length} full and ${plan.overlay.length} overlay frames to capture`);
  const fullDir = path.join(workDir, 'full');
  const overlayDir = path.join(workDir, 'overlay');
  mkdirSync(fullDir, { recursive: true });
  mkdirSync(overlayDir, { recursive: true });
  const captured = { fullFile: (frame: number) => path.join(fullDir, `${frame}.jpeg`), overlayFile: (frame: number) => path.join(overlayDir, `${frame}.png`) };

  // Progress: frames whose segment is encoded, or, ahead of that, frames up to the last one captured (captured in order).
  let encoded = 0;
  let capturedUpTo = 0;
  const report = () => onFrames(Math.max(encoded, capturedUpTo));
  // Segments are encoded one after the other, each once every frame it shows has been captured.
  let encoding: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  const encodeSegment = (segment: Segment) => {
    encoding = encoding.then(async () => {
      if (failure) return;
      try {
        const frames = plan.frames.slice(segment.fromInFrames - from, segment.fromInFrames - from + segment.durationInFrames);
        const dir = path.join(workDir, `segment-${segment.fromInFrames}`);
        const file = path.join(dir, 'segment.mp4');
        await composeRun({ spans: spansOf({ ...plan, frames }), captured, workDir: dir, ffmpeg, publicDir, fps, width, height, cuts: [], colorSpace: encode.colorSpace, outPath: file });
        await splitRun({ runFile: file, run: { fromInFrames: segment.fromInFrames, durationInFrames: segment.durationInFrames, segments: [segment] }, fps, write });
        rmSync(dir, { recursive: true, force: true });
        encoded += segment.durationInFrames;
        report();
      } catch (error) {
        failure = error;
      }
    });
  };
  const pending = [...run.segments];
  // Frames still to capture whole, ascending: a segment is ready when none of them falls before its end.
  let next = 0;
  const release = () => {
    while (pending.length > 0) {
      const segment = pending[0] as Segment;
      const end = segment.fromInFrames + segment.durationInFrames;
      if (next < plan.full.length && (plan.full[next] ?? Infinity) < end) return;
      encodeSegment(pending.shift() as Segment);
    }
  };
  if (plan.overlay.length > 0) {
    await renderer.renderImages({ target: withLayers(target, { omitPictures, transparent: true }), frames: plan.overlay, imageFormat: 'png', onImage: (image, frame) => writeFileSync(captured.overlayFile(frame), image) });
  }
  lap('overlay frames captured');
  release();
  if (plan.full.length > 0) {
    await renderer.renderImages({
      target,
      frames: plan.full,
      imageFormat: 'jpeg',
      onImage: (image, frame) => {
        if (failure) throw failure;
        writeFileSync(captured.fullFile(frame), image);
        next++;
        capturedUpTo = Math.max(capturedUpTo, frame - from);
        report();
        release();
      },
    });
  }
  lap('full frames captured');
  release();
  await encoding;
  if (failure) throw failure;
  lap('encoded');
  return { frames: run.durationInFrames, capturedFull: plan.full.length, capturedOverlay: plan.overlay.length };
};
