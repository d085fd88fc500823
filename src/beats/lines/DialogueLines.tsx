import { interpolate, useCurrentFrame } from 'remotion';
import type { TimedLine } from '../../timeline';
import type { Look } from '../../style';
import { outlinedText } from '../../style';
import { LINE_BAND, lineAt, lineFontSize } from './line-layout';

// Tuning: a line settles into place over ENTER_FRAMES (it is fully visible from its first frame).
const ENTER_FRAMES = 4;
const ENTER_RISE_PX = 14;
const OUTLINE_COLOR = '#0a0a0a';

type Props = { readonly lines: readonly TimedLine[]; readonly look: Look };

/** The current dialogue line (only that one), its speaker named in their colour, shown exactly on the line's frames. */
export const DialogueLines = ({ lines, look }: Props) => {
  const frame = useCurrentFrame();
  const current = lineAt(lines, frame);
  if (!current) return null;
  const rise = interpolate(frame - current.fromInFrames, [0, ENTER_FRAMES], [ENTER_RISE_PX, 0], { extrapolateRight: 'clamp' });
  return (
    <div
      style={{
        position: 'absolute',
        left: LINE_BAND.leftPx,
        width: LINE_BAND.rightPx - LINE_BAND.leftPx,
        bottom: 1920 - LINE_BAND.bottomPx,
        transform: `translateY(${rise}px)`,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        textAlign: 'center',
        textWrap: 'balance',
        fontFamily: look.bodyFont,
      }}
    >
      <div style={{ fontSize: 34, fontWeight: 800, letterSpacing: '0.12em', color: current.speaker.color, ...outlinedText({ strokePx: 8, color: OUTLINE_COLOR }) }}>
        {current.speaker.name.split(' ')[0]?.toUpperCase()}
        {current.line.parenthetical ? (
          <span style={{ fontWeight: 600, letterSpacing: '0.02em', color: look.palette.text }}>{`  (${current.line.parenthetical})`}</span>
        ) : null}
      </div>
      <div style={{ marginTop: 6, fontSize: lineFontSize(current.line.text), fontWeight: 800, lineHeight: 1.12, color: look.palette.text, ...outlinedText({ strokePx: 12, color: OUTLINE_COLOR }) }}>
        {current.line.text}
      </div>
    </div>
  );
};
