import type { ReactNode } from 'react';

/** Highlighter yellow; slightly warm so black text on it stays crisp. */
export const MARKER_COLOR = '#ffe34d';

type MarkerProps = {
  readonly children: ReactNode;
  /** 0 = not yet drawn, 1 = the whole phrase is marked. */
  readonly progress: number;
  readonly color?: string;
};

/**
 * An inline highlighter stroke growing left to right. With the default box-decoration-break: slice,
 * Chromium lays the background across all line fragments as one strip, so a wrapped phrase is
 * swept line after line like a real marker. The one-colour gradient is a flat fill (cheap).
 */
export const Marker = ({ children, progress, color = MARKER_COLOR }: MarkerProps) => (
  <span
    style={{
      backgroundImage: `linear-gradient(${color}, ${color})`,
      backgroundRepeat: 'no-repeat',
      backgroundSize: `${(Math.min(1, Math.max(0, progress)) * 100).toFixed(2)}% 100%`,
      padding: '0 0.1em',
      margin: '0 -0.1em',
    }}
  >
    {children}
  </span>
);
