import { Freeze, useCurrentFrame } from 'remotion';
import type { CliffhangerBeat } from '../../schema';
import { Layer } from '../Layer';
import { ShotPicture } from '../picture';
import type { ShotProps } from '../types';
import { cardMotion } from './card-motion';
import { EndCard } from './EndCard';

/** The last image: the shot (its line is in the caption track), then the picture freezes and darkens under the end card. */
export const CliffhangerCard = ({ beat, resolved, episode, look }: ShotProps<CliffhangerBeat>) => {
  const frame = useCurrentFrame();
  const cardFrom = resolved.cardFromInFrames ?? resolved.durationInFrames;
  const carded = frame >= cardFrom;
  const motion = cardMotion(frame - cardFrom);
  return (
    <Layer style={{ backgroundColor: look.palette.background, overflow: 'hidden' }}>
      <Layer style={{ transform: `scale(${motion.pictureScale})`, transformOrigin: '50% 40%' }}>
        <Freeze frame={cardFrom} active={carded}>
          <ShotPicture beat={beat} resolved={resolved} episode={episode} look={look} />
        </Freeze>
      </Layer>
      {carded ? (
        <>
          <Layer style={{ backgroundColor: '#000000', opacity: motion.dim }} />
          <EndCard card={beat.card} episode={episode} look={look} motion={motion} source={`episode.beats[${resolved.index}].card`} />
        </>
      ) : null}
    </Layer>
  );
};
