import type { CriticalBox } from '../collisions';

/** Environment variable that turns the layout probe on in a render (`cliffhanger check` sets it; nothing else does). */
export const MEASURE_LAYOUT_ENV = 'CLIFFHANGER_MEASURE_LAYOUT';
/** The probe emits one Remotion artifact per frame, named layout-<frame>.json. */
const ARTIFACT_PATTERN = /^layout-(\d+)\.json$/;

/** What the probe reports for one frame: the frame number and the critical boxes on it. */
export type FrameLayout = { readonly frame: number; readonly boxes: readonly CriticalBox[] };

/** The artifact file name of a frame's layout. */
export const layoutArtifactName = (frame: number): string => `layout-${frame}.json`;

/** A frame's layout from an emitted artifact, or null when the artifact is not the probe's. */
export const parseLayoutArtifact = ({ filename, content }: { filename: string; content: string }): FrameLayout | null => {
  if (!ARTIFACT_PATTERN.test(filename)) return null;
  const parsed = JSON.parse(content) as FrameLayout;
  return typeof parsed.frame === 'number' && Array.isArray(parsed.boxes) ? parsed : null;
};
