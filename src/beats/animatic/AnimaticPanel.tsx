import { useMemo } from 'react';
import { useCurrentFrame } from 'remotion';
import type { Beat } from '../../schema';
import type { ResolvedBeat, ResolvedEpisode } from '../../timeline';
import type { Look } from '../../style';
import { Layer } from '../Layer';
import { cameraAt, cameraCss } from './camera';
import { lineAt } from '../lines';
import { castOf, focusAt, sceneOf } from './cast';
import { NEUTRAL, expressionAt, expressionsOf } from './expression';
import { breathUnits, isBlinking, speakingMouth } from './figure-motion';
import { frameCast } from './framing';
import { designSet } from './set-design';
import { InsertProp } from './InsertProp';
import { PanelChrome } from './PanelChrome';
import { SetBackdrop, SetLight } from './SetBackdrop';
import { Slate } from './Slate';
import { StandIn } from './StandIn';

/** Listeners darken this much while someone else speaks, like a focus pull onto the speaker. */
const LISTENER_DIM = 0.22;
/** The camera scales about this point, near the faces rather than the frame centre. */
const CAMERA_ORIGIN = '50% 40%';

type Props = {
  readonly beat: Beat;
  readonly resolved: ResolvedBeat;
  readonly episode: ResolvedEpisode;
  readonly look: Look;
};

/**
 * A storyboard panel standing in for footage: the set, the cast as stand-ins framed by the shot type,
 * a moving camera, the slate. A reaction's emotion is written on the slate and played on the face.
 */
export const AnimaticPanel = ({ beat, resolved, episode, look }: Props) => {
  const frame = useCurrentFrame();
  const scene = useMemo(() => sceneOf(episode.beats, resolved.index), [episode, resolved.index]);
  const set = useMemo(() => designSet({ scene, palette: look.palette }), [scene, look.palette]);
  const cast = castOf(beat);
  const speaking = lineAt(resolved.lines, frame)?.line.speaker ?? null;
  const placements = frameCast({ shotType: beat.shot.type, cast, focusId: focusAt({ resolved, cast, frame }) }).sort((a, b) => a.scale - b.scale);
  const reacting = beat.type === 'reaction' ? beat.character : null;
  const phases = useMemo(() => (beat.type === 'reaction' ? expressionsOf(beat.emotion) : []), [beat]);
  const face = expressionAt({ phases, frame, durationInFrames: resolved.durationInFrames });
  const camera = cameraAt({ move: beat.shot.camera, frame, durationInFrames: resolved.durationInFrames, seed: beat.id });

  return (
    <Layer style={{ backgroundColor: look.palette.background, overflow: 'hidden' }}>
      {/* A moving camera repaints the whole picture every frame: measured about 25 % slower than a static
          shot on a 2-core CPU (will-change did not help). Worth it: motion is how a director judges a shot. */}
      <Layer style={{ transform: cameraCss(camera, 0.5), transformOrigin: CAMERA_ORIGIN }}>
        <SetBackdrop set={set} />
      </Layer>
      <Layer style={{ transform: cameraCss(camera), transformOrigin: CAMERA_ORIGIN }}>
        {beat.shot.type === 'insert' ? <InsertProp look={look} /> : null}
        <svg width={1080} height={1920} viewBox="0 0 1080 1920">
          {placements.map((placement) => {
            const character = episode.characters.get(placement.characterId);
            if (!character) return null;
            const listening = speaking !== null && speaking !== character.id && placements.length > 1 && placement.view === 'front';
            return (
              <StandIn
                key={`${placement.characterId}-${placement.view}`}
                character={character}
                placement={placement}
                dim={listening ? LISTENER_DIM : 0}
                speakingMouth={speakingMouth(character.id, frame, speaking === character.id)}
                expression={character.id === reacting ? face : NEUTRAL}
                blinking={isBlinking(character.id, frame)}
                shadeColor={set.floor}
                breathPx={breathUnits(character.id, frame) * placement.scale}
              />
            );
          })}
        </svg>
      </Layer>
      <SetLight set={set} />
      <Slate beat={beat} shotNumber={resolved.index + 1} scene={scene} look={look} note={beat.type === 'reaction' ? beat.emotion : undefined} />
      <PanelChrome episode={episode} beatIndex={resolved.index} episodeFrame={resolved.fromInFrames + frame} look={look} />
    </Layer>
  );
};
