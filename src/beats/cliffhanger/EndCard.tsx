import type { CliffhangerBeat } from '../../schema';
import type { ResolvedEpisode } from '../../timeline';
import type { Look } from '../../style';
import { outlinedText } from '../../style';
import { centerOf, critical, quote } from '../../safe-zones';
import { overlayFontSize } from '../hook/overlay-layout';
import type { cardMotion } from './card-motion';
import { NextPointer } from '../../packaging/NextPointer';
import { nextPointerOf } from '../../packaging/next-pointer';

const RULE_HEIGHT_PX = 10;

type Props = {
  readonly card: CliffhangerBeat['card'];
  readonly episode: ResolvedEpisode;
  readonly look: Look;
  readonly motion: ReturnType<typeof cardMotion>;
  /** The card's field path, e.g. `episode.beats[8].card`, for `cliffhanger check`. */
  readonly source: string;
};

/** The end card, centred in the safe area: series and episode, an accent rule, the card text in display type, the teaser in the serif. */
export const EndCard = ({ card, episode, look, motion, source }: Props) => {
  const { palette } = look;
  const pointer = nextPointerOf(episode);
  const { safeArea } = episode;
  const settling = motion.titleScale !== 1 || motion.teaserOpacity < 1;
  return (
    <div
      style={{
        position: 'absolute',
        left: safeArea.x,
        width: safeArea.width,
        top: centerOf(safeArea).y,
        transform: 'translateY(-50%)',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        textAlign: 'center',
        textWrap: 'balance',
        color: palette.text,
      }}
    >
      <div {...critical({ label: `series title ${quote(episode.series.title)}`, source: 'series.title', settling })} style={{ fontFamily: look.bodyFont, fontWeight: 600, fontSize: 28, letterSpacing: '0.22em', color: palette.muted, opacity: motion.titleOpacity }}>
        {`${episode.series.title.toUpperCase()}  ·  EP ${String(episode.episode.number).padStart(2, '0')}`}
      </div>
      <div style={{ marginTop: 28, alignSelf: 'stretch', height: RULE_HEIGHT_PX, backgroundColor: palette.accent, transform: `scaleX(${motion.rule})` }} />
      <div
        {...critical({ label: `end card ${quote(card.text)}`, source: `${source}.text`, settling })}
        style={{
          marginTop: 34,
          fontFamily: look.displayFont,
          fontSize: overlayFontSize(card.text, safeArea.width),
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
        <div {...critical({ label: `end card teaser ${quote(card.teaser)}`, source: `${source}.teaser`, settling })} style={{ marginTop: 40, fontFamily: look.serifFont, fontWeight: 700, fontSize: 50, lineHeight: 1.25, opacity: motion.teaserOpacity, transform: `translateY(${motion.teaserRisePx}px)`, ...outlinedText({ strokePx: 6, color: '#050505' }) }}>
          {card.teaser}
        </div>
      ) : null}
      {pointer ? <NextPointer text={pointer} look={look} cardFrame={motion.cardFrame} /> : null}
    </div>
  );
};
