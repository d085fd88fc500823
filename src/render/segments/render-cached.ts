import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoudnessResult } from '../../audio/loudness/normalize';
import type { LoudnessTarget } from '../../schema';
import { writeAtomically } from '../atomic-output';
import type { Renderer, RenderTarget } from '../renderer';
import type { RenderCache } from './cache-dir';
import { joinSegments } from './join';
import { renderRun, type EncodeSettings } from './render-run';
import { runsOf } from './runs';
import type { SegmentPlan } from './segment-plan';
import type { Segment } from './plan';
import { findSound, storeSound } from './sound';
import type { FootageLayer } from '../layers/footage';
import { renderLayeredRun } from '../layers/layered-run';
import { splitRun } from './split-run';

/** What a cached render did: how many segments it found in the cache, how many frames it had to render and how many it captured. */
export type CachedRenderReport = {
  readonly segments: number;
  readonly reusedSegments: number;
  readonly renderedFrames: number;
  /** Frames Chromium captured (whole or as an overlay); the rest of the rendered frames were held or composited by ffmpeg. */
  readonly capturedFrames: number;
  readonly soundReused: boolean;
  readonly loudness: LoudnessResult | null;
};

/**
 * Renders an episode through the segment cache: the segments the cache lacks are rendered (adjacent ones in one
 * pass) and stored; the sound is mixed in Node and mastered once for the whole episode, while the frames render,
 * unless it is cached; all of it is joined into `outPath` without re-encoding. With `layering` (an ffmpeg that can
 * composite), runs render as layers (src/render/layers: repeated frames held, footage composited by ffmpeg); without
 * it, Remotion captures every frame. Nothing is written to `outPath` unless everything succeeded.
 */
export const renderCached = async ({
  renderer,
  target,
  plan,
  cache,
  outPath,
  loudness,
  encode,
  layering,
  footage,
  publicDir,
  mixSound,
  onProgress,
}: {
  renderer: Renderer;
  target: RenderTarget;
  plan: SegmentPlan;
  cache: RenderCache;
  outPath: string;
  loudness: LoudnessTarget | null;
  encode: EncodeSettings;
  /** The ffmpeg that composites layers (layeringFfmpeg()), or null to capture every frame with Remotion. */
  layering: string | null;
  /** The beats whose clips ffmpeg composites in a layered render (footageLayers). */
  footage: readonly FootageLayer[];
  publicDir: string;
  /** Writes the episode's unmastered mix to a WAV file (mixEpisodeSound). */
  mixSound: (wavPath: string) => Promise<void>;
  onProgress?: (progress: { renderedFrames: number; totalFrames: number; stage: 'rendering' | 'sound' | 'joining' }) => void;
}): Promise<CachedRenderReport> => {
  const keyOf = new Map(plan.segments.map((segment, i) => [segment, plan.keys[i] ?? '']));
  const found = plan.keys.map((key) => cache.find('segments', key, '.ts'));
  const runs = runsOf(plan.segments, found.map((file) => file === null));
  const totalFrames = runs.reduce((n, run) => n + run.durationInFrames, 0);
  const cachedSound = findSound(cache, plan.soundKey);
  const work = mkdtempSync(path.join(tmpdir(), 'cliffhanger-segments-'));
  // The sound needs no browser: it is mixed and mastered on the other core while Chromium captures frames.
  const mixing = cachedSound
    ? Promise.resolve(cachedSound)
    : (async () => {
        const raw = path.join(work, 'sound.wav');
        await mixSound(raw);
        return storeSound({ cache, key: plan.soundKey, raw, loudness });
      })();
  mixing.catch(() => undefined);
  try {
    let done = 0;
    let captured = 0;
    for (const [i, run] of runs.entries()) {
      const session = await renderer.session(target);
      const { composition } = session;
      if (composition.durationInFrames !== plan.durationInFrames || composition.fps !== plan.fps) {
        throw new Error(`${target.compositionId} plays ${composition.durationInFrames} frames at ${composition.fps} fps, but its segments were planned for ${plan.durationInFrames} at ${plan.fps}`);
      }
      const onFrames = (n: number) => onProgress?.({ renderedFrames: done + n, totalFrames, stage: 'rendering' });
      const write = async (segment: Segment, produce: (tempPath: string) => Promise<void>) => void (await cache.write('segments', keyOf.get(segment) ?? '', '.ts', produce));
      if (layering) {
        const workDir = path.join(work, `run-${i}`);
        const report = await renderLayeredRun({ renderer, target, run, footage, fps: plan.fps, width: composition.width, height: composition.height, publicDir, encode, ffmpeg: layering, workDir, write, onFrames });
        captured += report.capturedFull + report.capturedOverlay;
        rmSync(workDir, { recursive: true, force: true });
      } else {
        const runFile = path.join(work, `run-${i}.mp4`);
        await renderRun({ session, inputProps: target.inputProps, run, outPath: runFile, encode, onFrames });
        await splitRun({ runFile, run, fps: plan.fps, write });
        captured += run.durationInFrames;
      }
      done += run.durationInFrames;
    }
    onProgress?.({ renderedFrames: done, totalFrames, stage: 'sound' });
    const sound = await mixing;
    onProgress?.({ renderedFrames: done, totalFrames, stage: 'joining' });
    const files = plan.keys.map((key) => cache.find('segments', key, '.ts'));
    const lost = files.indexOf(null);
    if (lost >= 0) throw new Error(`Segment ${plan.keys[lost]} left the cache in ${cache.dir} while this render ran: render again`);
    const soundFile = sound.file;
    await writeAtomically(outPath, (temp) => joinSegments({ segmentFiles: files as string[], soundFile, fps: plan.fps, outPath: temp }));
    return { segments: plan.segments.length, reusedSegments: found.filter((f) => f !== null).length, renderedFrames: totalFrames, capturedFrames: captured, soundReused: cachedSound !== null, loudness: sound.loudness };
  } finally {
    // The mix writes into the work folder: let it finish (or fail) before the folder goes.
    await mixing.catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
};
