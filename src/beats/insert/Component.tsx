import { InsertView } from '../../inserts';
import type { InsertBeat } from '../../schema';
import { Layer } from '../Layer';
import { DialogueLines } from '../lines';
import type { ShotProps } from '../types';

/** Evidence on screen: the insert (chat, notification, document…) full frame, dialogue over it. */
export const InsertShot = ({ beat, resolved, episode, look }: ShotProps<InsertBeat>) => {
  if (!resolved.insertTiming) throw new Error(`Beat "${beat.id}" is an insert without insert timing: resolveEpisode always times inserts`);
  return (
    <Layer style={{ backgroundColor: look.palette.background }}>
      <InsertView insert={beat.insert} timing={resolved.insertTiming} style={episode.series.style} />
      <DialogueLines lines={resolved.lines} look={look} />
    </Layer>
  );
};
