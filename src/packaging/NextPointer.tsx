import type { Look } from '../style';
import { critical, quote } from '../safe-zones';
import { nextPointerMotion } from './next-pointer';

const OUTLINE = '#050505';
const FONT_PX = 56;

/** An arrow drawn rather than typed: the display font has no arrow glyph. */
const Arrow = ({ color, sizePx }: { readonly color: string; readonly sizePx: number }) => (
  <svg width={sizePx} height={sizePx} viewBox="0 0 24 24" style={{ display: 'block' }}>
    <path d="M3 12h15M12 5l7 7-7 7" fill="none" stroke={color} strokeWidth={3.4} strokeLinecap="square" />
  </svg>
);

type Props = { readonly text: string; readonly look: Look; readonly cardFrame: number };

/** The end card's "Part 4 →": where the next episode is, in the accent colour, the arrow nudging towards it. */
export const NextPointer = ({ text, look, cardFrame }: Props) => {
  const m = nextPointerMotion(cardFrame);
  return (
    <div
      style={{
        marginTop: 44,
        display: 'flex',
        alignItems: 'center',
        gap: 14,
        padding: '12px 26px 10px 30px',
        border: `4px solid ${look.palette.accent}`,
        backgroundColor: 'rgba(5, 5, 5, 0.55)',
        opacity: m.opacity,
        transform: `translateY(${m.risePx}px)`,
      }}
    >
      <span
        {...critical({ label: `next-episode pointer ${quote(text)}`, source: 'series.packaging.nextPointer.text', settling: m.opacity < 1 || m.risePx !== 0 })}
        style={{ fontFamily: look.displayFont, fontSize: FONT_PX, lineHeight: 1, letterSpacing: '0.05em', textTransform: 'uppercase', color: look.palette.text, WebkitTextStroke: `2px ${OUTLINE}`, paintOrder: 'stroke fill' }}>
        {text}
      </span>
      <span style={{ transform: `translateX(${m.arrowPx}px)` }}>
        <Arrow color={look.palette.accent} sizePx={FONT_PX} />
      </span>
    </div>
  );
};
