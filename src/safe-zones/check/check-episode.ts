import type { Renderer, RenderTarget } from '../../render/renderer';
import type { SafeZoneVariant } from '../../schema/vocabulary';
import type { ResolvedEpisode } from '../../timeline';
import type { Rect } from '../geometry';
import { MEASURE_LAYOUT_ENV, parseLayoutArtifact, type FrameLayout } from '../probe/layout-log';
import { getSafeRect } from '../safe-rect';
import { zonesOfSettings, type PlatformZones, type SafeZoneSettings } from '../zones';
import { collisionsInFrames, type FrameCollision } from './check-layout';
import { sampleFrames, type Span } from './sample-frames';

/** What `cliffhanger check` found in one episode. */
export type LayoutCheck = {
  readonly id: string;
  readonly file: string;
  readonly fps: number;
  readonly framesChecked: number;
  readonly boxesMeasured: number;
  readonly platforms: readonly PlatformZones[];
  readonly variant: SafeZoneVariant;
  readonly safeArea: Rect;
  readonly collisions: readonly FrameCollision[];
};

/** Plays the sampled frames of an episode in the browser with the layout probe on, and returns the boxes it reported. */
export const measureFrames = async ({ renderer, target, frames }: { renderer: Renderer; target: RenderTarget; frames: readonly number[] }): Promise<FrameLayout[]> => {
  const layouts = new Map<number, FrameLayout>();
  await renderer.visitFrames({
    target,
    frames,
    envVariables: { [MEASURE_LAYOUT_ENV]: '1' },
    onArtifact: (artifact) => {
      const layout = parseLayoutArtifact(artifact);
      if (layout) layouts.set(layout.frame, layout);
    },
  });
  const missing = frames.filter((f) => !layouts.has(f));
  if (missing.length > 0) throw new Error(`The layout probe reported nothing for frames ${missing.join(', ')} of ${target.compositionId}: is <SafeZoneLayer/> in the composition?`);
  return frames.map((f) => layouts.get(f) as FrameLayout);
};

/** Checks an episode's critical elements against its platforms' zones on its sampled frames. */
export const checkEpisodeLayout = async ({ renderer, target, episode, file, settings, spans }: {
  renderer: Renderer;
  target: RenderTarget;
  episode: ResolvedEpisode;
  file: string;
  settings: SafeZoneSettings;
  /** Extra spans to sample, such as the caption pages (captionSpans). */
  spans?: readonly Span[];
}): Promise<LayoutCheck> => {
  const frames = sampleFrames({ episode, spans });
  const layouts = await measureFrames({ renderer, target, frames });
  const platforms = zonesOfSettings(settings);
  return {
    id: episode.id,
    file,
    fps: episode.fps,
    framesChecked: frames.length,
    boxesMeasured: layouts.reduce((n, l) => n + l.boxes.length, 0),
    platforms,
    variant: settings.variant ?? 'organic',
    safeArea: getSafeRect(settings),
    collisions: collisionsInFrames({ frames: layouts, platforms }),
  };
};
