import type { HookBeat } from '../../schema';
import { Layer } from '../Layer';
import { DialogueLines } from '../lines';
import { ShotPicture } from '../picture';
import type { ShotProps } from '../types';
import { HookOverlay } from './HookOverlay';

/** The opening image: the shot, the hook line landing hard on top, and any dialogue. */
export const HookShot = ({ beat, resolved, episode, look }: ShotProps<HookBeat>) => (
  <Layer>
    <ShotPicture beat={beat} resolved={resolved} episode={episode} look={look} />
    {beat.overlay ? <HookOverlay text={beat.overlay} look={look} /> : null}
    <DialogueLines lines={resolved.lines} look={look} />
  </Layer>
);
