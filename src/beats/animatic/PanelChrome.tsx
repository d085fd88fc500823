import type { ResolvedEpisode } from '../../timeline';
import type { Look } from '../../style';
import { withAlpha } from '../../style';
import { FRAME_INSET_PX, NOTES_TOP_PX, SHEET_SIDE_PX } from './panel-layout';
import { timecode } from './shot-labels';

// Tuning: the strip shows every beat at its share of the episode (pacing at a glance); the
// current beat fills in the accent colour.
const STRIP = { topPx: 1862, heightPx: 8, gapPx: 4 } as const;
const TIMECODE_TOP_PX = 1816;

type Props = { readonly episode: ResolvedEpisode; readonly beatIndex: number; readonly episodeFrame: number; readonly look: Look };

/** Storyboard chrome: a thin frame round the picture, the episode timecode and a strip of beats. */
export const PanelChrome = ({ episode, beatIndex, episodeFrame, look }: Props) => {
  const { palette } = look;
  const widthPx = 1080 - 2 * SHEET_SIDE_PX - STRIP.gapPx * (episode.beats.length - 1);
  const text = { fontFamily: look.bodyFont, fontWeight: 600, fontSize: 22, letterSpacing: '0.14em', color: palette.muted } as const;
  return (
    <>
      <div style={{ position: 'absolute', left: FRAME_INSET_PX, right: FRAME_INSET_PX, top: FRAME_INSET_PX, height: NOTES_TOP_PX - 2 * FRAME_INSET_PX, border: `2px solid ${withAlpha(palette.text, 0.22)}` }} />
      <div style={{ ...text, position: 'absolute', left: SHEET_SIDE_PX, right: SHEET_SIDE_PX, top: TIMECODE_TOP_PX, display: 'flex' }}>
        <span>{`ANIMATIC  ·  ${episode.id.toUpperCase()}`}</span>
        <span style={{ marginLeft: 'auto', color: palette.text }}>{`${timecode(episodeFrame, episode.fps)} / ${timecode(episode.durationInFrames, episode.fps)}`}</span>
      </div>
      <div style={{ position: 'absolute', left: SHEET_SIDE_PX, top: STRIP.topPx, display: 'flex', gap: STRIP.gapPx }}>
        {episode.beats.map((b) => {
          const filled = Math.min(1, Math.max(0, (episodeFrame - b.fromInFrames + 1) / b.durationInFrames));
          return (
            <div key={b.index} style={{ width: (widthPx * b.durationInFrames) / episode.durationInFrames, height: STRIP.heightPx, backgroundColor: withAlpha(palette.muted, 0.3) }}>
              <div style={{ width: `${filled * 100}%`, height: '100%', backgroundColor: b.index === beatIndex ? palette.accent : palette.text }} />
            </div>
          );
        })}
      </div>
    </>
  );
};
