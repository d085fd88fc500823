import type { DialogueBeat } from '../../schema';
import { Layer } from '../Layer';
import { ShotPicture } from '../picture';
import type { ShotProps } from '../types';

/** Characters talking: the shot (the animatic cuts between singles in a close-up); the episode's caption track shows the lines. */
export const DialogueShot = ({ beat, resolved, episode, look }: ShotProps<DialogueBeat>) => (
  <Layer>
    <ShotPicture beat={beat} resolved={resolved} episode={episode} look={look} />
  </Layer>
);
