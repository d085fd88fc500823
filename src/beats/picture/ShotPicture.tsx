import type { Beat } from '../../schema';
import type { ResolvedBeat, ResolvedEpisode } from '../../timeline';
import type { Look } from '../../style';
import { AnimaticPanel } from '../animatic';
import { MediaShot } from '../media';
import { useDrawMode } from '../../remotion/layers';

type Props = {
  readonly beat: Beat;
  readonly resolved: ResolvedBeat;
  readonly episode: ResolvedEpisode;
  readonly look: Look;
};

/**
 * The picture of a beat: its media when it has some, otherwise an animatic panel drawn from the shot description;
 * nothing when a layered render composites the beat's clip with ffmpeg instead.
 */
export const ShotPicture = ({ beat, resolved, episode, look }: Props) =>
  useDrawMode().omitPictures.has(resolved.index) ? null : beat.media ? (
    <MediaShot media={beat.media} fps={episode.fps} durationInFrames={resolved.durationInFrames} background={look.palette.background} camera={beat.shot.camera} safeArea={episode.safeArea} source={`episode.beats[${resolved.index}].media.focalPoint`} />
  ) : (
    <AnimaticPanel beat={beat} resolved={resolved} episode={episode} look={look} />
  );
