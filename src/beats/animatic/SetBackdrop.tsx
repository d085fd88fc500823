import type { SetDesign } from './set-design';

const MULLION_PX = 10;
const FLOOR_LINES = 9;
const VANISHING_X_PX = 540;

/** The set behind the stand-ins: wall, windows (city lights at night), floor with perspective lines. Light falls over the figures too: see SetLight. */
export const SetBackdrop = ({ set }: { readonly set: SetDesign }) => (
  <svg width={1080} height={1920} viewBox="0 0 1080 1920" style={{ position: 'absolute', inset: 0 }}>
    <rect width={1080} height={1920} fill={set.wall} />
    {set.panes.map((pane) => (
      <rect key={pane.xPx} x={pane.xPx} y={pane.topPx} width={pane.widthPx} height={set.horizonPx - pane.topPx - 90} fill={set.paneFill} />
    ))}
    {set.lights.map((light, i) => (
      <rect key={i} x={light.xPx} y={light.yPx} width={light.sizePx} height={light.sizePx} fill={i % 3 === 0 ? '#ffd58a' : '#cfe3ff'} opacity={0.55} />
    ))}
    {set.panes.map((pane) => (
      <rect key={`m-${pane.xPx}`} x={pane.xPx + pane.widthPx / 2 - MULLION_PX / 2} y={pane.topPx} width={MULLION_PX} height={set.horizonPx - pane.topPx - 90} fill={set.wall} opacity={0.8} />
    ))}
    <rect y={set.horizonPx} width={1080} height={1920 - set.horizonPx} fill={set.floor} />
    <g stroke="#ffffff" strokeOpacity={0.05} strokeWidth={3}>
      {Array.from({ length: FLOOR_LINES }, (_, i) => (
        <line key={i} x1={VANISHING_X_PX} y1={set.horizonPx} x2={-1400 + (3880 / (FLOOR_LINES - 1)) * i} y2={1920} />
      ))}
      <line x1={0} y1={set.horizonPx} x2={1080} y2={set.horizonPx} strokeOpacity={0.1} />
    </g>
  </svg>
);

/** The scene's light over set and figures alike: a colour temperature tint and stripes through blinds. */
export const SetLight = ({ set }: { readonly set: SetDesign }) => (
  <svg width={1080} height={1920} viewBox="0 0 1080 1920" style={{ position: 'absolute', inset: 0 }}>
    {set.stripes ? (
      <g fill="#ffffff" opacity={0.07}>
        {[0, 1, 2, 3, 4].map((i) => (
          <polygon key={i} points={`${-200 + i * 320},0 ${-60 + i * 320},0 ${560 + i * 320},1920 ${420 + i * 320},1920`} />
        ))}
      </g>
    ) : null}
    {set.tint ? <rect width={1080} height={1920} fill={set.tint} /> : null}
  </svg>
);
