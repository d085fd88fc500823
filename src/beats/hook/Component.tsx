import type { HookBeat } from '../../schema';
import { Layer } from '../Layer';
import { ShotPicture } from '../picture';
import type { ShotProps } from '../types';
import { HookOverlay } from './HookOverlay';

/** The opening image: the shot and the hook line landing hard on top (dialogue is in the caption track). */
export const HookShot = ({ beat, resolved, episode, look }: ShotProps<HookBeat>) => (
  <Layer>
    <ShotPicture beat={beat} resolved={resolved} episode={episode} look={look} />
    {beat.overlay ? <HookOverlay text={beat.overlay} look={look} safeArea={episode.safeArea} source={`episode.beats[${resolved.index}].overlay`} /> : null}
  </Layer>
);
