import { AbsoluteFill, Img, interpolate, staticFile, useCurrentFrame, useVideoConfig } from 'remotion';
import { settledSpring } from '../shared/settled-spring';
import type { PhotoInsert as PhotoInsertContent } from '../../schema';
import { critical, quote } from '../../safe-zones';
import type { InsertProps } from '../insert-view';
import { HANDWRITING_FONT } from '../shared/fonts';
import { SoftBackdrop } from '../shared/soft-backdrop';
import { PICTURE_HEIGHT_PX, PICTURE_WIDTH_PX, PRINT_BORDER_PX, PRINT_FOOT_PX, printRect, printScale } from './photo-layout';
import { PhotoPlaceholder } from './photo-placeholder';

/** The print lands tilted and settles at a slight angle, as if tossed on the desk. */
const LAND_FROM_DEG = -9;
const REST_DEG = -2.5;
const LAND_FROM_SCALE = 1.18;
const LAND_SPRING = { damping: 15, stiffness: 120, mass: 0.9 } as const;
/** Slow push over the whole beat after landing. */
const DRIFT_SCALE = 0.05;
/** Ballpoint blue for the caption, slightly tilted like handwriting. */
const PEN_COLOR = '#1f3a75';
const CAPTION_FONT_SIZE_PX = 54;
/** Instant-film paper white and a flat, offset shadow (no box-shadow: CPU rendering). */
const PRINT_COLOR = '#fbfaf6';
const SHADOWS = [
  { color: 'rgba(0, 0, 0, 0.22)', offsetPx: 24 },
  { color: 'rgba(0, 0, 0, 0.3)', offsetPx: 10 },
] as const;

/** Landing progress from which `cliffhanger check` measures the print. */
const SETTLED = 0.99;

/** A printed photo tossed onto a desk: the image (or a described placeholder) in a white border, caption in pen. */
export const PhotoInsert = ({ insert, timing, style, safeArea, source }: InsertProps<PhotoInsertContent>) => {
  const frame = useCurrentFrame();
  const { fps, durationInFrames } = useVideoConfig();
  const from = timing.itemFromInFrames[0] ?? 0;
  const land = frame < from ? 0 : settledSpring({ frame: frame - from, fps, config: LAND_SPRING });
  const drift = interpolate(frame, [from, Math.max(from + 1, durationInFrames)], [0, DRIFT_SCALE], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const scale = (LAND_FROM_SCALE + (1 - LAND_FROM_SCALE) * land + drift) * printScale(safeArea);
  const rotate = LAND_FROM_DEG + (REST_DEG - LAND_FROM_DEG) * land;
  const print = printRect(safeArea);
  const origin = `${print.x + print.width / 2}px ${print.y + print.height / 2}px`;
  const box = { left: print.x, top: print.y, width: print.width, height: print.height, position: 'absolute' } as const;
  return (
    <AbsoluteFill style={{ background: style.palette.background }}>
      <SoftBackdrop colors={[style.palette.background, style.palette.surface, '#2e2823']} seed="photo-desk" />
      <AbsoluteFill style={{ opacity: Math.min(1, land * 2), transform: `scale(${scale}) rotate(${rotate}deg)`, transformOrigin: origin }}>
        {SHADOWS.map(({ color, offsetPx }) => (
          <div key={offsetPx} style={{ ...box, background: color, transform: `translate(${offsetPx * 0.6}px, ${offsetPx}px)` }} />
        ))}
        <div style={{ ...box, background: PRINT_COLOR, padding: `${PRINT_BORDER_PX}px ${PRINT_BORDER_PX}px 0`, boxSizing: 'border-box' }}>
          <div {...critical({ label: `photo ${quote(insert.description)}`, source, settling: land < SETTLED, measure: 'box' })} style={{ width: PICTURE_WIDTH_PX, height: PICTURE_HEIGHT_PX, background: '#222' }}>
            {insert.src ? (
              <Img src={staticFile(insert.src)} style={{ width: '100%', height: '100%', objectFit: 'cover' }} />
            ) : (
              <PhotoPlaceholder description={insert.description} style={style} />
            )}
          </div>
          {insert.caption ? (
            <div
              style={{
                height: PRINT_FOOT_PX, display: 'flex', alignItems: 'center', justifyContent: 'center', textAlign: 'center',
                fontFamily: HANDWRITING_FONT, fontStyle: 'italic', fontSize: CAPTION_FONT_SIZE_PX, lineHeight: 1.1,
                color: PEN_COLOR, transform: 'rotate(-2deg)',
              }}
            >
              {insert.caption}
            </div>
          ) : null}
        </div>
      </AbsoluteFill>
    </AbsoluteFill>
  );
};
