/** One ring's life in frames: a slow, uneasy pulse rather than a ringing one. */
const PULSE_PERIOD_FRAMES = 45;
/** Rings alive at once, evenly staggered. */
const RING_COUNT = 2;
/** How far a ring grows before it fades out, as a multiple of the avatar. */
const RING_MAX_SCALE = 1.6;

type PulseRingsProps = { readonly frame: number; readonly sizePx: number; readonly color: string };

/** Rings spreading out from behind an avatar and fading, looping. */
export const PulseRings = ({ frame, sizePx, color }: PulseRingsProps) => (
  <>
    {Array.from({ length: RING_COUNT }, (_, i) => {
      const phase = (((frame / PULSE_PERIOD_FRAMES + i / RING_COUNT) % 1) + 1) % 1;
      return (
        <div
          key={i}
          style={{
            position: 'absolute', left: 0, top: 0, width: sizePx, height: sizePx, borderRadius: '50%', boxSizing: 'border-box',
            border: `6px solid ${color}`, opacity: 0.7 * (1 - phase), transform: `scale(${1 + (RING_MAX_SCALE - 1) * phase})`,
          }}
        />
      );
    })}
  </>
);
