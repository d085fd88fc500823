import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LoudnessResult } from '../../audio/loudness/normalize';
import type { LoudnessTarget } from '../../schema';
import { writeAtomically } from '../atomic-output';
import type { Renderer, RenderTarget } from '../renderer';
import type { RenderCache } from './cache-dir';
import { joinSegments } from './join';
import { renderRun, renderSoundOnly, type EncodeSettings } from './render-run';
import { runsOf } from './runs';
import type { SegmentPlan } from './segment-plan';
import { findSound, storeSound } from './sound';
import { splitRun } from './split-run';

/** What a cached render did: how many segments it found in the cache and how many frames it had to render. */
export type CachedRenderReport = {
  readonly segments: number;
  readonly reusedSegments: number;
  readonly renderedFrames: number;
  readonly soundReused: boolean;
  readonly loudness: LoudnessResult | null;
};

/**
 * Renders an episode through the segment cache: the segments the cache lacks are rendered (adjacent ones in one
 * pass) and stored, the sound is rendered and mastered once for the whole episode unless it is cached, and all of
 * it is joined into `outPath` without re-encoding. Nothing is written to `outPath` unless everything succeeded.
 */
export const renderCached = async ({
  renderer,
  target,
  plan,
  cache,
  outPath,
  loudness,
  encode,
  onProgress,
}: {
  renderer: Renderer;
  target: RenderTarget;
  plan: SegmentPlan;
  cache: RenderCache;
  outPath: string;
  loudness: LoudnessTarget | null;
  encode: EncodeSettings;
  onProgress?: (progress: { renderedFrames: number; totalFrames: number; stage: 'rendering' | 'sound' | 'joining' }) => void;
}): Promise<CachedRenderReport> => {
  const keyOf = new Map(plan.segments.map((segment, i) => [segment, plan.keys[i] ?? '']));
  const found = plan.keys.map((key) => cache.find('segments', key, '.ts'));
  const runs = runsOf(plan.segments, found.map((file) => file === null));
  const totalFrames = runs.reduce((n, run) => n + run.durationInFrames, 0);
  let sound = findSound(cache, plan.soundKey);
  const soundReused = sound !== null;
  const work = mkdtempSync(path.join(tmpdir(), 'cliffhanger-segments-'));
  try {
    let done = 0;
    for (const [i, run] of runs.entries()) {
      const runFile = path.join(work, `run-${i}.mp4`);
      // A run over the whole episode renders its sound in the same pass instead of playing every frame again.
      const soundTo = sound === null && run.durationInFrames === plan.durationInFrames ? path.join(work, 'sound.wav') : null;
      const session = await renderer.session(target);
      if (session.composition.durationInFrames !== plan.durationInFrames || session.composition.fps !== plan.fps) {
        throw new Error(`${target.compositionId} plays ${session.composition.durationInFrames} frames at ${session.composition.fps} fps, but its segments were planned for ${plan.durationInFrames} at ${plan.fps}`);
      }
      await renderRun({ session, inputProps: target.inputProps, run, outPath: runFile, soundTo, encode, onFrames: (n) => onProgress?.({ renderedFrames: done + n, totalFrames, stage: 'rendering' }) });
      await splitRun({ runFile, run, fps: plan.fps, write: async (segment, produce) => void (await cache.write('segments', keyOf.get(segment) ?? '', '.ts', produce)) });
      if (soundTo) sound = await storeSound({ cache, key: plan.soundKey, raw: soundTo, loudness });
      done += run.durationInFrames;
    }
    if (sound === null) {
      onProgress?.({ renderedFrames: done, totalFrames, stage: 'sound' });
      const raw = path.join(work, 'sound.wav');
      await renderSoundOnly({ session: await renderer.session(target), inputProps: target.inputProps, outPath: raw });
      sound = await storeSound({ cache, key: plan.soundKey, raw, loudness });
    }
    onProgress?.({ renderedFrames: done, totalFrames, stage: 'joining' });
    const files = plan.keys.map((key) => cache.find('segments', key, '.ts'));
    const lost = files.indexOf(null);
    if (lost >= 0) throw new Error(`Segment ${plan.keys[lost]} left the cache in ${cache.dir} while this render ran: render again`);
    const soundFile = sound.file;
    await writeAtomically(outPath, (temp) => joinSegments({ segmentFiles: files as string[], soundFile, fps: plan.fps, outPath: temp }));
    return { segments: plan.segments.length, reusedSegments: found.filter((f) => f !== null).length, renderedFrames: totalFrames, soundReused, loudness: sound.loudness };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};
