import type { CliffhangerBeat } from '../../schema';
import type { ResolvedEpisode } from '../../timeline';
import type { Look } from '../../style';
import { outlinedText } from '../../style';
import { overlayFontSize } from '../hook/overlay-layout';
import type { cardMotion } from './card-motion';

// Tuning: the card block is centred in the safe area every platform leaves free (x 90–900, y 250–1460).
const CARD_BAND = { leftPx: 90, rightPx: 900, centreYPx: 860 } as const;
const RULE_HEIGHT_PX = 10;

type Props = {
  readonly card: CliffhangerBeat['card'];
  readonly episode: ResolvedEpisode;
  readonly look: Look;
  readonly motion: ReturnType<typeof cardMotion>;
};

/** The end card: series and episode, an accent rule, the card text in display type, the teaser in the serif. */
export const EndCard = ({ card, episode, look, motion }: Props) => {
  const { palette } = look;
  return (
    <div
      style={{
        position: 'absolute',
        left: CARD_BAND.leftPx,
        width: CARD_BAND.rightPx - CARD_BAND.leftPx,
        top: CARD_BAND.centreYPx,
        transform: 'translateY(-50%)',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        textAlign: 'center',
        textWrap: 'balance',
        color: palette.text,
      }}
    >
      <div style={{ fontFamily: look.bodyFont, fontWeight: 600, fontSize: 28, letterSpacing: '0.22em', color: palette.muted, opacity: motion.titleOpacity }}>
        {`${episode.series.title.toUpperCase()}  ·  EP ${String(episode.episode.number).padStart(2, '0')}`}
      </div>
      <div style={{ marginTop: 28, alignSelf: 'stretch', height: RULE_HEIGHT_PX, backgroundColor: palette.accent, transform: `scaleX(${motion.rule})` }} />
      <div
        style={{
          marginTop: 34,
          fontFamily: look.displayFont,
          fontSize: overlayFontSize(card.text),
          lineHeight: 1,
          textTransform: 'uppercase',
          opacity: motion.titleOpacity,
          transform: `scale(${motion.titleScale})`,
          ...outlinedText({ strokePx: 10, color: '#050505' }),
        }}
      >
        {card.text}
      </div>
      {card.teaser ? (
        <div style={{ marginTop: 40, fontFamily: look.serifFont, fontWeight: 700, fontSize: 50, lineHeight: 1.25, opacity: motion.teaserOpacity, transform: `translateY(${motion.teaserRisePx}px)`, ...outlinedText({ strokePx: 6, color: '#050505' }) }}>
          {card.teaser}
        </div>
      ) : null}
    </div>
  );
};
