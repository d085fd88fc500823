import { useMemo } from 'react';
import { Freeze } from 'remotion';
import { Layer } from '../../beats';
import { MediaAssetsProvider } from '../../beats/media';
import { ShotPicture } from '../../beats/picture';
import { lookOf, outlinedText } from '../../style';
import { episodeFromProps, type EpisodeProps } from '../../remotion/episode-props';
import { ProblemsNotice } from '../../remotion/ProblemsNotice';
import { problemsInFiles } from '../../remotion/problems-in-files';
import { conflictLineOf, fillTemplate, packagingOf } from '../settings';
import { coverFrameOf } from './cover-frame';
import { coverLayout } from './cover-layout';

const OUTLINE = '#050505';
// Tuning: the scrim darkens the picture under the text so the title reads on any frame: a light veil
// behind the badge, clear over the faces, then dark under the title and opaque below the grid crop
// (an animatic's storyboard notes live there). A cover is one still, so the gradient costs nothing.
const SCRIM = 'linear-gradient(180deg, rgba(0,0,0,0.45) 0%, rgba(0,0,0,0) 20%, rgba(0,0,0,0) 40%, rgba(0,0,0,0.8) 62%, rgb(0,0,0) 73%, rgb(0,0,0) 100%)';

/** An episode's cover, one series template: a frame of the episode, the episode badge, the series title and the conflict line. */
export const Cover = (props: EpisodeProps) => {
  const { input, resolved, assets, problems } = useMemo(() => episodeFromProps(props), [props]);
  const frame = resolved ? coverFrameOf(resolved) : null;
  if (!resolved || !frame) return <ProblemsNotice title="This cover can’t be made yet" problems={problemsInFiles(input, problems)} />;
  const look = lookOf(resolved.series.style);
  const { palette } = look;
  const layout = coverLayout({ title: resolved.series.title, conflict: conflictLineOf(resolved.episode) });
  const badge = fillTemplate(packagingOf(resolved.series).titleCard.badge, { number: resolved.episode.number });
  const box = (r: { x: number; y: number; width: number; height: number }) => ({ position: 'absolute', left: r.x, top: r.y, width: r.width, height: r.height }) as const;
  return (
    <MediaAssetsProvider assets={assets}>
      <Layer style={{ backgroundColor: palette.background, overflow: 'hidden' }}>
        <Freeze frame={frame.frameInBeat}>
          <ShotPicture beat={frame.beat.beat} resolved={frame.beat} episode={resolved} look={look} />
        </Freeze>
        <Layer style={{ background: SCRIM }} />
        <div style={{ ...box(layout.badge), display: 'flex', alignItems: 'flex-start' }}>
          <div style={{ fontFamily: look.displayFont, fontSize: layout.badge.fontPx, lineHeight: 1, letterSpacing: '0.06em', textTransform: 'uppercase', color: palette.text, backgroundColor: palette.accent, padding: '12px 26px 8px' }}>
            {badge}
          </div>
        </div>
        <div style={{ ...box(layout.title), fontFamily: look.displayFont, fontSize: layout.title.fontPx, lineHeight: layout.title.lineHeight, color: palette.text, ...outlinedText({ strokePx: Math.round(layout.title.fontPx / 9), color: OUTLINE }) }}>
          {layout.title.lines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
        <div style={{ ...box(layout.rule), backgroundColor: palette.accent }} />
        <div style={{ ...box(layout.conflict), fontFamily: look.serifFont, fontWeight: 700, fontStyle: 'italic', fontSize: layout.conflict.fontPx, lineHeight: layout.conflict.lineHeight, color: palette.text, ...outlinedText({ strokePx: 6, color: OUTLINE }) }}>
          {layout.conflict.lines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      </Layer>
    </MediaAssetsProvider>
  );
};
