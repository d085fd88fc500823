import { useMemo } from 'react';
import { AbsoluteFill, Img } from 'remotion';
import { softWallpaperUri } from './soft-wallpaper';

type SoftBackdropProps = {
  /** Colours blended into the blur, darkest first reads best. */
  readonly colors: readonly string[];
  readonly seed: string;
};

/** A full-bleed out-of-focus backdrop: a tiny bitmap stretched by the browser (see soft-wallpaper.ts). */
export const SoftBackdrop = ({ colors, seed }: SoftBackdropProps) => {
  const key = colors.join(' ');
  // The bitmap only changes with its colours and seed, not with the frame.
  const src = useMemo(() => softWallpaperUri({ colors: key.split(' '), seed }), [key, seed]);
  return (
    <AbsoluteFill>
      <Img src={src} style={{ width: '100%', height: '100%', objectFit: 'fill' }} />
    </AbsoluteFill>
  );
};
