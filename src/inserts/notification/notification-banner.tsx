import { AbsoluteFill, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { settledSpring } from '../shared/settled-spring';
import type { NotificationInsert } from '../../schema';
import { critical, quote } from '../../safe-zones';
import type { InsertProps } from '../insert-view';
import { PhoneFrame } from '../phone/phone-frame';
import { clockFromTime, phoneLayout } from '../phone/phone-layout';
import { mixColors } from '../shared/colors';
import { BannerCard } from './banner-card';
import { LockScreen, LockScreenButtons } from './lock-screen';
import { phoneBuzzPx } from './phone-buzz';

/** Screen-local top of the banner, under the clock (canvas y ≈ 640). */
const BANNER_TOP_PX = 510;
/** How far below its place the banner starts: iOS brings new notifications up from the bottom of the stack. */
const BANNER_SLIDE_PX = 220;
/** How dark the screen is before the notification wakes it (0 = already awake). */
const ASLEEP_DIM = 0.55;
const WAKE_FRAMES = 6;
const SLIDE_SPRING = { damping: 16, stiffness: 160, mass: 0.8 } as const;
/** Slide progress from which `cliffhanger check` measures the banner (the spring creeps to 1). */
const SETTLED = 0.99;


/** A lock screen that wakes and buzzes as the notification slides in. */
export const NotificationBanner = ({ insert, timing, style, safeArea, source }: InsertProps<NotificationInsert>) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const arriveAt = timing.itemFromInFrames[0] ?? 0;
  const slide = frame < arriveAt ? 0 : settledSpring({ frame: frame - arriveAt, fps, config: SLIDE_SPRING });
  const dim = interpolate(frame, [arriveAt, arriveAt + WAKE_FRAMES], [ASLEEP_DIM, 0], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
  const { palette } = style;
  return (
    <PhoneFrame
      phone={phoneLayout(safeArea)}
      mode="dark"
      clock={clockFromTime(insert.time)}
      backdrop={palette.background}
      backdropGlow={palette.surface}
      screenColor="#000"
      cameraTransform={`translateX(${phoneBuzzPx(frame - arriveAt).toFixed(2)}px)`}
    >
      <LockScreen
        clock={clockFromTime(insert.time)}
        wallpaper={['#05060a', mixColors(palette.accent, '#000000', 0.6), mixColors(palette.surface, '#1d2b53', 0.5), '#0b0d16']}
      >
        <div
          {...critical({ label: `notification ${quote(`${insert.sender}: ${insert.text}`)}`, source, settling: slide < SETTLED })}
          style={{
            position: 'absolute', left: 26, right: 26, top: BANNER_TOP_PX, opacity: Math.min(1, slide * 2),
            transform: `translateY(${(BANNER_SLIDE_PX * (1 - slide)).toFixed(2)}px) scale(${0.9 + 0.1 * slide})`,
          }}
        >
          <BannerCard insert={insert} accent={palette.accent} />
        </div>
        <LockScreenButtons bottomPx={70} />
      </LockScreen>
      <AbsoluteFill style={{ background: '#000', opacity: dim }} />
    </PhoneFrame>
  );
};
