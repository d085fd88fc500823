import { THEM_BUBBLE_COLOR } from './chat-bubble';
import { TYPING_BUBBLE_HEIGHT_PX } from './chat-layout';

/** One wave of the three dots, in frames (iOS takes about 1.2 s). */
const WAVE_FRAMES = 30;
/** Phase lag between neighbouring dots, as a fraction of a wave. */
const DOT_LAG = 0.18;
const DOT_PX = 20;

type TypingIndicatorProps = {
  /** Frames since the indicator appeared. */
  readonly frame: number;
  readonly pop: number;
};

/** The contact's "typing…" bubble: three dots brightening and lifting one after another. */
export const TypingIndicator = ({ frame, pop }: TypingIndicatorProps) => (
  <div
    style={{
      alignSelf: 'flex-start', height: TYPING_BUBBLE_HEIGHT_PX, padding: '0 36px', display: 'flex',
      alignItems: 'center', gap: 14, background: THEM_BUBBLE_COLOR, borderRadius: `42px 42px 42px 10px`,
      transform: `scale(${0.6 + 0.4 * pop})`, transformOrigin: '0% 100%', opacity: Math.min(1, pop * 3),
    }}
  >
    {[0, 1, 2].map((dot) => {
      const wave = Math.max(0, Math.sin(2 * Math.PI * (frame / WAVE_FRAMES - dot * DOT_LAG)));
      return (
        <div
          key={dot}
          style={{
            width: DOT_PX, height: DOT_PX, borderRadius: DOT_PX / 2, background: '#9a9aa2',
            opacity: 0.45 + 0.55 * wave, transform: `translateY(${-6 * wave}px)`,
          }}
        />
      );
    })}
  </div>
);
