import type { ReactNode } from 'react';

/** A telephone handset: one thick curved stroke with heavier ear and mouth pieces (drawn here, no icon font). */
export const Handset = ({ sizePx, color }: { readonly sizePx: number; readonly color: string }) => (
  <svg width={sizePx} height={sizePx} viewBox="0 0 24 24" fill="none" stroke={color} strokeLinecap="round">
    <path d="M6 4.5 C3.5 8, 8 16.5, 19.5 18" strokeWidth={3.2} />
    <path d="M4.2 3.6 L7.6 6.4" strokeWidth={4.6} />
    <path d="M17.6 19.8 L20.4 16.4" strokeWidth={4.6} />
  </svg>
);

/** A speech bubble: an ellipse with a small tail. */
export const SpeechBubble = ({ sizePx, color }: { readonly sizePx: number; readonly color: string }) => (
  <svg width={sizePx} height={sizePx} viewBox="0 0 24 24" fill={color}>
    <ellipse cx={12} cy={11} rx={10} ry={8} />
    <path d="M5 16 L3.5 21.5 L10.5 18 Z" />
  </svg>
);

/** A round action button with its icon and a label under it. */
export const CallAction = ({ label, color, icon }: { readonly label: string; readonly color: string; readonly icon: ReactNode }) => (
  <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 18 }}>
    <div style={{ width: 150, height: 150, borderRadius: 75, background: color, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      {icon}
    </div>
    <span style={{ fontSize: 40, color: '#fff' }}>{label}</span>
  </div>
);
