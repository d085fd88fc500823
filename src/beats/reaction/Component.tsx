import type { ReactionBeat } from '../../schema';
import { Layer } from '../Layer';
import { ShotPicture } from '../picture';
import type { ShotProps } from '../types';

/** A face: close on the reacting character, the animatic writes the emotion on its slate and plays it on the face. */
export const ReactionShot = ({ beat, resolved, episode, look }: ShotProps<ReactionBeat>) => (
  <Layer>
    <ShotPicture beat={beat} resolved={resolved} episode={episode} look={look} />
  </Layer>
);
