import type { CSSProperties } from 'react';
import { critical, quote } from '../../safe-zones';
import { outlinedText, withAlpha } from '../../style';
import type { CaptionBand } from '../safe-band';
import type { CueLayout, PageLayout } from './fit-cue';
import { WORD_SPACING_EM, textStyle } from './fit-cue';
import type { ResolvedCaptionStyle } from './caption-style';
import { ENTER_FRAMES, pageMotion } from './page-motion';
import { isSpoken, wordColor } from './word-paint';

// Tuning: line height of a two-line page, in em (tighter reads as one block). The plate behind each line over
// inserts: its side padding and corner radius in em, and its opacity over the outline colour (enough to quiet a busy
// phone screen or white paper without hiding it).
const LINE_HEIGHT = 1.14;
const PLATE_PADDING_EM = 0.3;
const PLATE_RADIUS_EM = 0.18;
const PLATE_OPACITY = 0.72;

const plateStyle = (style: ResolvedCaptionStyle): CSSProperties => ({
  padding: `0 ${PLATE_PADDING_EM}em`,
  borderRadius: `${PLATE_RADIUS_EM}em`,
  backgroundColor: withAlpha(style.outlineColor, PLATE_OPACITY),
});

type Props = {
  readonly page: PageLayout;
  readonly layout: CueLayout;
  readonly frame: number;
  readonly band: CaptionBand;
  readonly style: ResolvedCaptionStyle;
  readonly speakerColor: string | null;
  readonly fallbackColor: string;
  /** Whether a dark plate goes behind the text (style.backing, and whether an insert is on screen). */
  readonly plate: boolean;
  /** The field the words come from, for `cliffhanger check`. */
  readonly source: string;
};

const placement = (band: CaptionBand, style: ResolvedCaptionStyle): CSSProperties => {
  if (style.position === 'top') return { top: band.topPx, transformOrigin: '50% 0%' };
  if (style.position === 'middle') return { top: (band.topPx + band.bottomPx) / 2, translate: '0 -50%', transformOrigin: '50% 50%' };
  return { bottom: 1920 - band.bottomPx, transformOrigin: '50% 100%' };
};

/** One caption page: its lines centred in the band, the spoken word in its highlight colour, outlined with a stroke (no shadow). */
export const CaptionPageView = ({ page, layout, frame, band, style, speakerColor, fallbackColor, plate, source }: Props) => {
  const framesIn = frame - page.page.fromInFrames;
  const motion = pageMotion({ animation: style.animation, framesIn });
  const text = page.lines.map((line) => line.map((w) => w.text).join(' ')).join(' ');
  const { additionalStyles, ...font } = textStyle(style);
  return (
    <div
      style={{
        position: 'absolute',
        left: band.leftPx,
        width: band.rightPx - band.leftPx,
        ...placement(band, style),
        transform: `translateY(${motion.translateYPx}px) scale(${motion.scale})`,
        display: 'flex',
        justifyContent: 'center',
      }}
    >
      <div
        {...critical({ label: `caption ${quote(text)}`, source, settling: framesIn < ENTER_FRAMES && style.animation !== 'none' })}
        style={{
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          ...font,
          ...additionalStyles,
          fontSize: layout.fontSize,
          lineHeight: LINE_HEIGHT,
          color: style.textColor,
          ...outlinedText({ strokePx: style.outlinePx, color: style.outlineColor }),
        }}
      >
        {page.lines.map((line, i) => (
          <div key={i} style={{ whiteSpace: 'pre', wordSpacing: `${WORD_SPACING_EM}em`, ...(plate ? plateStyle(style) : {}) }}>
            {line.map((word, k) => (
              <span key={k}>
                {k > 0 ? ' ' : ''}
                <span style={{ color: wordColor({ word, spoken: isSpoken(word, frame), style, speakerColor, fallback: fallbackColor }) }}>{word.text}</span>
              </span>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
};
