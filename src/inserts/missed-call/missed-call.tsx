import { AbsoluteFill, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { settledSpring } from '../shared/settled-spring';
import type { MissedCallInsert } from '../../schema';
import { critical, quote } from '../../safe-zones';
import type { InsertProps } from '../insert-view';
import { PhoneFrame } from '../phone/phone-frame';
import { clockFromTime, phoneLayout } from '../phone/phone-layout';
import { mixColors } from '../shared/colors';
import { PHONE_UI_FONT, UI_WEIGHT } from '../shared/fonts';
import { SoftBackdrop } from '../shared/soft-backdrop';
import { CallAction, Handset, SpeechBubble } from './missed-call-icons';
import { PulseRings } from './pulse-rings';

/** iOS system red and green: a missed call reads as red whatever the series palette. */
const MISSED_RED = '#ff453a';
const CALL_GREEN = '#30d158';
const AVATAR_PX = 250;
/** Screen-local top of the avatar (canvas y ≈ 390) and of the call-back buttons (canvas y ≈ 1150). */
const AVATAR_TOP_PX = 260;
const ACTIONS_TOP_PX = 1010;
const APPEAR_SPRING = { damping: 18, stiffness: 140 } as const;
/** Appear progress from which `cliffhanger check` measures the caller's name. */
const SETTLED = 0.99;
/** Before the call is missed the screen is nearly off; it lights up over WAKE_FRAMES. */
const ASLEEP_DIM = 0.85;
const WAKE_FRAMES = 6;
const CLAMP = { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' } as const;

/** Caller name size: large for a name, smaller for a long one ("Unknown caller", a number) so it stays within two lines. */
const CALLER_FONT_SIZE_PX = { short: 80, long: 64 } as const;
const LONG_CALLER_CHARS = 16;
const callerFontSizePx = (caller: string): number =>
  caller.trim().length > LONG_CALLER_CHARS ? CALLER_FONT_SIZE_PX.long : CALLER_FONT_SIZE_PX.short;


/** A missed-call screen: the caller's initial pulsing in red rings, name, "Missed call" ×count, time, call back. */
export const MissedCall = ({ insert, timing, style, safeArea, source }: InsertProps<MissedCallInsert>) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const from = timing.itemFromInFrames[0] ?? 0;
  const appear = frame < from ? 0 : settledSpring({ frame: frame - from, fps, config: APPEAR_SPRING });
  const { palette } = style;
  return (
    <PhoneFrame phone={phoneLayout(safeArea)} mode="dark" clock={clockFromTime(insert.time)} backdrop={palette.background} backdropGlow={palette.surface} screenColor="#000">
      <SoftBackdrop colors={['#050507', mixColors(MISSED_RED, '#000000', 0.78), '#101018', '#050507']} seed="missed-call" />
      <div
        style={{
          position: 'absolute', inset: 0, display: 'flex', flexDirection: 'column', alignItems: 'center', fontFamily: PHONE_UI_FONT,
          color: '#fff', opacity: Math.min(1, appear * 1.5), transform: `scale(${0.94 + 0.06 * appear})`,
        }}
      >
        <div style={{ position: 'relative', marginTop: AVATAR_TOP_PX, width: AVATAR_PX, height: AVATAR_PX }}>
          <PulseRings frame={frame - from} sizePx={AVATAR_PX} color={MISSED_RED} />
          <div
            style={{
              position: 'absolute', inset: 0, borderRadius: '50%', background: mixColors(palette.muted, '#000000', 0.3),
              display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 120, fontWeight: UI_WEIGHT.semibold,
            }}
          >
            {insert.caller.trim().charAt(0).toUpperCase()}
          </div>
        </div>
        <div
          {...critical({ label: `missed call from ${quote(insert.caller)}`, source: `${source}.caller`, settling: appear < SETTLED })}
          style={{
            marginTop: 64, fontSize: callerFontSizePx(insert.caller), fontWeight: UI_WEIGHT.heavy, textAlign: 'center', lineHeight: 1.1,
            padding: '0 40px', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden',
          }}
        >
          {insert.caller}
        </div>
        <div style={{ marginTop: 22, display: 'flex', alignItems: 'center', gap: 18, color: MISSED_RED, fontSize: 56, fontWeight: UI_WEIGHT.semibold }}>
          <span>Missed call</span>
          {insert.count > 1 ? (
            <span style={{ background: MISSED_RED, color: '#fff', borderRadius: 40, padding: '2px 22px', fontSize: 48, fontWeight: UI_WEIGHT.heavy }}>
              ×{insert.count}
            </span>
          ) : null}
        </div>
        <div style={{ marginTop: 14, fontSize: 44, color: 'rgba(255,255,255,0.6)' }}>{insert.time}</div>
        <div style={{ position: 'absolute', top: ACTIONS_TOP_PX, left: 0, right: 0, display: 'flex', justifyContent: 'space-evenly' }}>
          <CallAction label="Call back" color={CALL_GREEN} icon={<Handset sizePx={76} color="#fff" />} />
          <CallAction label="Message" color="rgba(255,255,255,0.22)" icon={<SpeechBubble sizePx={70} color="#fff" />} />
        </div>
      </div>
      <AbsoluteFill style={{ background: '#000', opacity: interpolate(frame, [from, from + WAKE_FRAMES], [ASLEEP_DIM, 0], CLAMP) }} />
    </PhoneFrame>
  );
};
