import type { CSSProperties, ReactNode } from 'react';

const FILL: CSSProperties = { position: 'absolute', inset: 0 };

/**
 * A full-frame layer. Used instead of AbsoluteFill inside beats because Remotion 4.0.52x lists every
 * AbsoluteFill as a track in the Studio timeline, which buries the one-track-per-beat view a director reads.
 */
export const Layer = ({ style, children }: { readonly style?: CSSProperties; readonly children?: ReactNode }) => (
  <div style={style ? { ...FILL, ...style } : FILL}>{children}</div>
);
