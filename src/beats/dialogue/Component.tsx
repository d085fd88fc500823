import type { DialogueBeat } from '../../schema';
import { Layer } from '../Layer';
import { DialogueLines } from '../lines';
import { ShotPicture } from '../picture';
import type { ShotProps } from '../types';

/** Characters talking: the shot (the animatic cuts between singles in a close-up) and the current line. */
export const DialogueShot = ({ beat, resolved, episode, look }: ShotProps<DialogueBeat>) => (
  <Layer>
    <ShotPicture beat={beat} resolved={resolved} episode={episode} look={look} />
    <DialogueLines lines={resolved.lines} look={look} />
  </Layer>
);
