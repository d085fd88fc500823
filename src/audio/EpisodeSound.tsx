import { Audio } from '@remotion/media';
import { Sequence, staticFile } from 'remotion';
import type { ResolvedEpisode } from '../timeline';
import type { EpisodeAssets } from '../media/assets';
import { cueVolumeAt } from './cue-volume';
import { planSound, type SoundCue } from './sound-plan';

const Cue = ({ cue, fps }: { readonly cue: SoundCue; readonly fps: number }) => (
  <Sequence from={cue.fromInFrames} durationInFrames={cue.durationInFrames} name={cue.name} layout="none">
    <Audio
      src={staticFile(cue.src)}
      loop={cue.loop}
      trimBefore={cue.trimBeforeInFrames > 0 ? cue.trimBeforeInFrames : undefined}
      volume={(frame) => cueVolumeAt({ volume: cue.volume, frame, fromInFrames: cue.fromInFrames, durationInFrames: cue.durationInFrames, fps })}
    />
  </Sequence>
);

/** Plays an episode's sound plan (music, room tone, voices, effects); what plays where is decided in planSound. */
export const EpisodeSound = ({ episode, assets }: { readonly episode: ResolvedEpisode; readonly assets: EpisodeAssets }) => (
  <>
    {planSound({ episode, assets }).map((cue) => (
      <Cue key={cue.key} cue={cue} fps={episode.fps} />
    ))}
  </>
);
