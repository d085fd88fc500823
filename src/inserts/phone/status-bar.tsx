import { PHONE_UI_FONT, UI_WEIGHT } from '../shared/fonts';
import { STATUS_BAR_HEIGHT_PX } from './phone-layout';

/** Signal bar heights in px, weakest first. */
const SIGNAL_BARS_PX = [12, 18, 24, 30];
/** Battery charge drawn, 0–1. A low battery adds unease; 1 looks staged. */
const BATTERY_LEVEL = 0.62;

type StatusBarProps = { readonly clock: string; readonly color: string };

/** iOS-like status bar: clock left of the camera island, signal, 5G and battery right of it. */
export const StatusBar = ({ clock, color }: StatusBarProps) => (
  <div
    style={{
      position: 'absolute', top: 0, left: 0, right: 0, height: STATUS_BAR_HEIGHT_PX,
      display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '8px 64px 0 78px',
      color, fontFamily: PHONE_UI_FONT, fontWeight: UI_WEIGHT.semibold, fontSize: 40,
    }}
  >
    <span style={{ letterSpacing: -0.5 }}>{clock}</span>
    <div style={{ display: 'flex', alignItems: 'center', gap: 14 }}>
      <div style={{ display: 'flex', alignItems: 'flex-end', gap: 4, height: 30 }}>
        {SIGNAL_BARS_PX.map((h) => (
          <div key={h} style={{ width: 7, height: h, borderRadius: 2, background: color }} />
        ))}
      </div>
      <span style={{ fontSize: 32, fontWeight: UI_WEIGHT.semibold }}>5G</span>
      <div style={{ display: 'flex', alignItems: 'center', gap: 3 }}>
        <div style={{ width: 54, height: 28, borderRadius: 9, border: `3px solid ${color}`, opacity: 0.9, padding: 3 }}>
          <div style={{ width: `${BATTERY_LEVEL * 100}%`, height: '100%', borderRadius: 4, background: color }} />
        </div>
        <div style={{ width: 4, height: 10, borderRadius: 2, background: color, opacity: 0.6 }} />
      </div>
    </div>
  </div>
);
