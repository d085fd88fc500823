import { Sequence, useCurrentFrame } from 'remotion';
import { BeatView, Layer } from '../beats';
import { lookOf, outlinedText, withAlpha, type Look } from '../style';
import type { ResolvedRecap } from './recap';
import { RECAP_LOOK, recapMotion, recapReplayBox } from './recap-motion';
import { critical, quote, type Rect } from '../safe-zones';

const INSET_PX = 25;
const OUTLINE = '#050505';

type Props = { readonly recap: ResolvedRecap; readonly look: Look; readonly safeArea: Rect };

/** "Previously": the previous episode's reveal replayed small and washed out, under a label naming where it comes from. */
export const Recap = ({ recap, look, safeArea }: Props) => {
  const m = recapMotion(useCurrentFrame(), recap.durationInFrames);
  const { previous } = recap;
  const box = recapReplayBox(safeArea);
  const { palette } = look;
  return (
    <Layer style={{ backgroundColor: palette.background, overflow: 'hidden' }}>
      <div
        style={{
          position: 'absolute',
          left: box.x,
          top: box.y,
          width: 1080,
          height: 1920,
          transform: `scale(${RECAP_LOOK.replayScale * m.replayScale})`,
          transformOrigin: '0 0',
          overflow: 'hidden',
          outline: `6px solid ${withAlpha(palette.text, 0.85)}`,
          filter: `saturate(${RECAP_LOOK.saturation}) brightness(${RECAP_LOOK.brightness})`,
        }}
      >
        <Sequence from={-recap.fromInBeatFrames} layout="none" name="previously: replay">
          <BeatView resolved={recap.beat} episode={previous} look={lookOf(previous.series.style)} />
        </Sequence>
      </div>
      <div style={{ position: 'absolute', left: safeArea.x + INSET_PX, top: safeArea.y + INSET_PX }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 18 }}>
          <div style={{ width: 12, height: 76, backgroundColor: palette.accent }} />
          <div {...critical({ label: `recap label ${quote(recap.label)}`, source: 'series.packaging.recap.label' })} style={{ fontFamily: look.displayFont, fontSize: 88, lineHeight: 1, textTransform: 'uppercase', color: palette.text, ...outlinedText({ strokePx: 10, color: OUTLINE }) }}>
            {recap.label}
          </div>
        </div>
        <div style={{ marginTop: 12, marginLeft: 30, display: 'flex', alignItems: 'center', gap: 18 }}>
          <div style={{ fontFamily: look.bodyFont, fontWeight: 700, fontSize: 28, letterSpacing: '0.2em', color: palette.muted }}>
            {`${previous.series.title.toUpperCase()}  ·  EP ${String(previous.episode.number).padStart(2, '0')}`}
          </div>
          <div style={{ width: 120, height: 6, backgroundColor: withAlpha(palette.text, 0.25) }}>
            <div style={{ width: `${m.progress * 100}%`, height: '100%', backgroundColor: palette.accent }} />
          </div>
        </div>
      </div>
      <Layer style={{ backgroundColor: '#ffffff', opacity: m.flash }} />
    </Layer>
  );
};
