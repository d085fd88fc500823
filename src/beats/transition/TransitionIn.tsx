import type { ReactNode } from 'react';
import { useCurrentFrame } from 'remotion';
import type { Transition } from '../../schema';
import { withAlpha, type Look } from '../../style';
import { Layer } from '../Layer';
import { transitionLook } from './transition-look';
import { useBackground } from '../../remotion/layers';

const STREAKS = [
  { yPx: 380, heightPx: 6, lengthPx: 520 },
  { yPx: 690, heightPx: 14, lengthPx: 780 },
  { yPx: 930, heightPx: 4, lengthPx: 420 },
  { yPx: 1180, heightPx: 10, lengthPx: 660 },
  { yPx: 1490, heightPx: 5, lengthPx: 560 },
] as const;

type Props = {
  readonly kind: Transition;
  /** The beat's transitionInFrames: how many of its first frames the transition takes. */
  readonly durationInFrames: number;
  readonly look: Look;
  readonly children: ReactNode;
};

/** Plays a beat's incoming transition over its first frames; afterwards it renders the beat untouched. */
export const TransitionIn = ({ kind, durationInFrames, look, children }: Props) => {
  const frame = useCurrentFrame();
  const t = transitionLook({ kind, frame, durationInFrames });
  const background = useBackground(look.palette.background);
  return (
    <Layer style={{ backgroundColor: background, overflow: 'hidden' }}>
      <Layer style={t.xPx === 0 ? undefined : { transform: `translateX(${t.xPx}px)` }}>{children}</Layer>
      {t.streaks > 0
        ? STREAKS.map((s) => (
            <div key={s.yPx} style={{ position: 'absolute', top: s.yPx, left: t.xPx - s.lengthPx * t.streaks, width: s.lengthPx * t.streaks, height: s.heightPx, backgroundColor: withAlpha(look.palette.text, 0.5) }} />
          ))
        : null}
      {t.veil ? <Layer style={{ backgroundColor: t.veil.color === 'black' ? '#000000' : '#ffffff', opacity: t.veil.opacity }} /> : null}
    </Layer>
  );
};
