import { useMemo } from 'react';
import { Sequence } from 'remotion';
import { BeatView, Layer, TransitionIn } from '../beats';
import { lookOf } from '../style';
import { MediaAssetsProvider } from '../beats/media';
import { EpisodeSound } from '../audio/EpisodeSound';
import { episodeFromProps, type EpisodeProps } from './episode-props';
import { ProblemsNotice } from './ProblemsNotice';
import { PackagingLayers } from '../packaging/PackagingLayers';
import { problemsInFiles } from './problems-in-files';
import { SafeZoneLayer } from '../safe-zones/SafeZoneLayer';
import { CaptionTrack } from '../captions/render';
import { LayeredRoot } from './layers';

/** Beats with footage mount this early in the Studio so clips are decoded before their cut. */
const MEDIA_PREMOUNT_IN_FRAMES = 30;

/** An episode composition: validates its props, resolves the timeline, and plays one Sequence per beat. */
export const Episode = (props: EpisodeProps) => {
  const { input, resolved, assets, problems } = useMemo(() => episodeFromProps(props), [props]);
  if (!resolved) return <ProblemsNotice title="This episode can’t play yet" problems={problemsInFiles(input, problems)} />;
  const look = lookOf(resolved.series.style);
  const { layers } = props;
  const picture = (
      <Layer style={layers?.transparent ? undefined : { backgroundColor: look.palette.background }}>
        {resolved.beats.map((b) => (
          <Sequence
            key={b.beat.id}
            name={`${b.index + 1} ${b.beat.type} · ${b.beat.id}`}
            from={b.fromInFrames}
            durationInFrames={b.durationInFrames}
            premountFor={b.beat.media ? MEDIA_PREMOUNT_IN_FRAMES : undefined}
          >
            <TransitionIn kind={b.beat.transition} durationInFrames={b.transitionInFrames} look={look}>
              <BeatView resolved={b} episode={resolved} look={look} />
            </TransitionIn>
          </Sequence>
        ))}
        <PackagingLayers episode={resolved} look={look} />
        <CaptionTrack episode={resolved} look={look} />
        {layers ? null : <EpisodeSound episode={resolved} assets={assets} />}
        {layers ? null : <SafeZoneLayer episode={resolved} preview={input.preview} />}
      </Layer>
  );
  return (
    <MediaAssetsProvider assets={assets}>
      <LayeredRoot layers={layers}>{picture}</LayeredRoot>
    </MediaAssetsProvider>
  );
};
