import type { ReactNode } from 'react';
import { AbsoluteFill } from 'remotion';
import { PHONE_UI_FONT, UI_WEIGHT } from '../shared/fonts';
import { SoftBackdrop } from '../shared/soft-backdrop';

/** Date under the lock icon; inserts carry only a time, so one fixed weekday keeps series consistent. */
export const LOCK_SCREEN_DATE = 'Thursday, 14 March';
/** Lock-screen clock size: iOS draws it about a quarter of the screen wide per digit. */
const CLOCK_FONT_SIZE_PX = 210;
/** Screen-local top of the lock icon, date and clock (y 120 = top of the safe area). */
const LOCK_ICON_TOP_PX = 112;

/** A padlock from two boxes. */
const Padlock = () => (
  <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
    <div style={{ width: 24, height: 18, border: '5px solid #fff', borderBottom: 'none', borderRadius: '14px 14px 0 0' }} />
    <div style={{ width: 40, height: 30, borderRadius: 6, background: '#fff' }} />
  </div>
);

type LockScreenProps = {
  readonly clock: string;
  /** Colours of the out-of-focus wallpaper photo. */
  readonly wallpaper: readonly string[];
  readonly children?: ReactNode;
};

/** An iPhone-style lock screen: soft wallpaper, padlock, date, big clock; `children` go over it. */
export const LockScreen = ({ clock, wallpaper, children }: LockScreenProps) => (
  <AbsoluteFill style={{ fontFamily: PHONE_UI_FONT, color: '#fff' }}>
    <SoftBackdrop colors={wallpaper} seed="lock" />
    <div style={{ position: 'absolute', top: LOCK_ICON_TOP_PX, left: 0, right: 0, display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
      <Padlock />
      <div style={{ marginTop: 22, fontSize: 44, fontWeight: UI_WEIGHT.semibold, opacity: 0.92 }}>{LOCK_SCREEN_DATE}</div>
      <div style={{ fontSize: CLOCK_FONT_SIZE_PX, fontWeight: UI_WEIGHT.semibold, lineHeight: 1, letterSpacing: -6, marginTop: 4 }}>{clock}</div>
    </div>
    {children}
  </AbsoluteFill>
);

/** The flashlight and camera buttons at the foot of a lock screen (decoration: under the platform's UI). */
export const LockScreenButtons = ({ bottomPx }: { readonly bottomPx: number }) => (
  <div style={{ position: 'absolute', left: 70, right: 70, bottom: bottomPx, display: 'flex', justifyContent: 'space-between' }}>
    {['flashlight', 'camera'].map((name) => (
      <div
        key={name}
        style={{
          width: 104, height: 104, borderRadius: 52, background: 'rgba(0, 0, 0, 0.35)', display: 'flex',
          alignItems: 'center', justifyContent: 'center',
        }}
      >
        <div style={{ width: name === 'camera' ? 46 : 20, height: name === 'camera' ? 34 : 44, borderRadius: 8, border: '4px solid #fff' }} />
      </div>
    ))}
  </div>
);
