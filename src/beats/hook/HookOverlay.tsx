import { Easing, interpolate, useCurrentFrame } from 'remotion';
import type { Look } from '../../style';
import { outlinedText } from '../../style';
import { critical, quote, type Rect } from '../../safe-zones';
import { emphasisedWords, overlayBand, overlayFontSize } from './overlay-layout';

// Tuning: the text slams in from SLAM_SCALE over SLAM_FRAMES, then a short horizontal shake sells the
// impact; all of it lands well inside the first second. It is already on frame 0 (FIRST_FRAME_OPACITY),
// because platforms often take the first frame as the cover.
const SLAM_FRAMES = 5;
const SLAM_SCALE = 1.35;
const FIRST_FRAME_OPACITY = 0.55;
const SHAKE = { fromFrame: 5, frames: 6, amplitudePx: 10 } as const;

type Props = { readonly text: string; readonly look: Look; readonly safeArea: Rect; readonly source: string };

/** The hook's on-screen line: display type landing hard in the first second, the writer's capitals in the accent colour. */
export const HookOverlay = ({ text, look, safeArea, source }: Props) => {
  const frame = useCurrentFrame();
  const scale = interpolate(frame, [0, SLAM_FRAMES], [SLAM_SCALE, 1], { extrapolateRight: 'clamp', easing: Easing.in(Easing.quad) });
  const opacity = interpolate(frame, [0, 2], [FIRST_FRAME_OPACITY, 1], { extrapolateRight: 'clamp' });
  const shakeT = frame - SHAKE.fromFrame;
  const shakePx = shakeT >= 0 && shakeT < SHAKE.frames ? Math.sin(shakeT * 2.6) * SHAKE.amplitudePx * (1 - shakeT / SHAKE.frames) : 0;
  const band = overlayBand(safeArea);
  const fontSize = overlayFontSize(text, band.rightPx - band.leftPx);
  return (
    <div
      {...critical({ label: `hook overlay ${quote(text)}`, source, settling: frame < SHAKE.fromFrame + SHAKE.frames })}
      style={{
        position: 'absolute',
        left: band.leftPx,
        width: band.rightPx - band.leftPx,
        top: band.topPx,
        textAlign: 'center',
        textWrap: 'balance',
        fontFamily: look.displayFont,
        fontSize,
        lineHeight: 1.02,
        textTransform: 'uppercase',
        color: look.palette.text,
        opacity,
        transform: `translateX(${shakePx}px) scale(${scale})`,
        ...outlinedText({ strokePx: Math.round(fontSize / 8), color: '#050505' }),
      }}
    >
      {emphasisedWords(text).map(({ word, emphasis }, i) => (
        <span key={i} style={{ color: emphasis ? look.palette.accent : undefined }}>
          {i > 0 ? ' ' : ''}
          {word}
        </span>
      ))}
    </div>
  );
};
