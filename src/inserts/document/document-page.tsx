import { AbsoluteFill, Easing, interpolate, useCurrentFrame } from 'remotion';
import type { DocumentInsert } from '../../schema';
import { centerOf } from '../../safe-zones';
import type { InsertProps } from '../insert-view';
import { pushInTransform, scanThenPushProgress, scrollToClueProgress } from '../shared/push-in';
import { SoftBackdrop } from '../shared/soft-backdrop';
import { layoutDocument } from './document-layout';
import { PaperSheet } from './paper-sheet';

/** Frames the highlighter takes to cross the line (a confident stroke, about 0.6 s). */
const SWEEP_FRAMES = 18;
/** Frames of the push toward the highlighted line, and how close it gets (46 px text × 1.22 ≈ 56 px). */
const PUSH_FRAMES = 36;
const PUSH_MAX_SCALE = 1.22;
/** Share of the push spent drifting slowly while the eye scans the page before the highlight. */
const SCAN_SHARE = 0.12;
const clamp = { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' } as const;


/** A printed page on a desk: the view travels down to the damning line, a highlighter sweeps it, the camera pushes in. */
export const DocumentPage = ({ insert, timing, style, safeArea, source }: InsertProps<DocumentInsert>) => {
  const frame = useCurrentFrame();
  const from = timing.itemFromInFrames[0] ?? 0;
  const layout = layoutDocument(insert, safeArea);
  const center = centerOf(safeArea);
  const scrolled = layout.scrollPx * scrollToClueProgress({ frame, fromInFrames: from });
  const page = { ...layout.page, y: layout.page.y - scrolled };
  const marker = interpolate(frame, [from, from + SWEEP_FRAMES], [0, 1], { ...clamp, easing: Easing.out(Easing.quad) });
  const camera = pushInTransform({
    focus: { x: center.x, y: layout.highlightCenterY - scrolled },
    target: center,
    progress: scanThenPushProgress({ frame, fromInFrames: from, pushFrames: PUSH_FRAMES, scanShare: SCAN_SHARE }),
    maxScale: PUSH_MAX_SCALE,
  });
  return (
    <AbsoluteFill style={{ background: style.palette.background }}>
      <SoftBackdrop colors={[style.palette.background, style.palette.surface, '#3a3128']} seed="desk" />
      <AbsoluteFill style={{ transform: camera, transformOrigin: '0 0' }}>
        <PaperSheet insert={insert} page={page} marker={marker} source={`${source}.lines[${insert.highlightLine}]`} settling={frame < from + PUSH_FRAMES} />
      </AbsoluteFill>
    </AbsoluteFill>
  );
};
