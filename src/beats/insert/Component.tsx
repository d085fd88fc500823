import { InsertView } from '../../inserts';
import type { InsertBeat } from '../../schema';
import { Layer } from '../Layer';
import type { ShotProps } from '../types';

/** Evidence on screen: the insert (chat, notification, document…) full frame; the caption track shows dialogue over it. */
export const InsertShot = ({ beat, resolved, episode, look }: ShotProps<InsertBeat>) => {
  if (!resolved.insertTiming) throw new Error(`Beat "${beat.id}" is an insert without insert timing: resolveEpisode always times inserts`);
  return (
    <Layer style={{ backgroundColor: look.palette.background }}>
      <InsertView insert={beat.insert} timing={resolved.insertTiming} style={episode.series.style} safeArea={episode.safeArea} source={`episode.beats[${resolved.index}].insert`} />
    </Layer>
  );
};
