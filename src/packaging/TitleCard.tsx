import { useCurrentFrame } from 'remotion';
import type { Look } from '../style';
import { critical, quote } from '../safe-zones';
import { outlinedText } from '../style';
import type { TitleCardPlan } from './title-card';
import { titleCardMotion } from './title-card-motion';

const OUTLINE = '#050505';
const RULE_HEIGHT_PX = 6;

/** The series title treatment: the episode badge in the accent colour beside the series title, in and out within the opening seconds. */
export const TitleCard = ({ plan, look }: { readonly plan: TitleCardPlan; readonly look: Look }) => {
  const m = titleCardMotion(useCurrentFrame());
  const hidden = `${((1 - m.titleReveal) * 100).toFixed(2)}%`;
  // While it moves in or out its box is not final: `cliffhanger check` measures it only when it holds still.
  const settling = m.titleReveal < 1 || m.badgeScale !== 1 || m.opacity < 1;
  return (
    <div
      style={{
        position: 'absolute',
        left: plan.box.x,
        top: plan.box.y,
        width: plan.box.width,
        height: plan.box.height,
        display: 'flex',
        alignItems: plan.placement === 'lower' ? 'flex-end' : 'flex-start',
        justifyContent: 'center',
        gap: plan.gapPx,
        opacity: m.opacity,
        transform: `translateY(${m.dropPx}px)`,
      }}
    >
      <div
        {...critical({ label: `episode badge ${quote(plan.badge)}`, source: 'series.packaging.titleCard.badge', settling })}
        style={{
          flexShrink: 0,
          fontFamily: look.displayFont,
          fontSize: plan.badgeFontPx,
          lineHeight: 1,
          letterSpacing: '0.06em',
          textTransform: 'uppercase',
          color: look.palette.text,
          backgroundColor: look.palette.accent,
          padding: '10px 20px 6px',
          opacity: m.badgeOpacity,
          transform: `scale(${m.badgeScale})`,
        }}
      >
        {plan.badge}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div
          {...critical({ label: `series title ${quote(plan.title)}`, source: 'series.title', settling })}
          style={{
            fontFamily: look.displayFont,
            fontSize: plan.titleFontPx,
            lineHeight: 1,
            letterSpacing: '0.04em',
            textWrap: 'balance',
            textTransform: 'uppercase',
            color: look.palette.text,
            clipPath: `inset(-20% ${hidden} -20% 0)`,
            ...outlinedText({ strokePx: Math.round(plan.titleFontPx / 8), color: OUTLINE }),
          }}
        >
          {plan.title}
        </div>
        <div style={{ marginTop: 6, height: RULE_HEIGHT_PX, backgroundColor: look.palette.accent, transform: `scaleX(${m.rule})`, transformOrigin: '0 50%' }} />
      </div>
    </div>
  );
};
