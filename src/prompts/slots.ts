import type { PromptSlot } from '../schema';
import { charactersInFrame, remoteCharacters, type BeatContinuity } from '../continuity';
import type { ResolvedBeat, ResolvedEpisode } from '../timeline';
import { clause, describeCharacter } from './describe-character';
import { insertOnScreen } from './on-screen';
import { CAMERA_PHRASES, CLIFFHANGER_MOODS, DEFAULT_STYLE, ROLE_MOODS, SHOT_PHRASES } from './phrases';

/** Everything one beat's prompt is compiled from. */
export type PromptSource = {
  readonly episode: ResolvedEpisode;
  readonly resolved: ResolvedBeat;
  readonly continuity: BeatContinuity;
};

const sentence = (text: string): string => {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  return /[.!?…"”]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

const sentences = (texts: readonly string[]): string => texts.map(sentence).filter(Boolean).join(' ');

/** The text of every slot for one beat; a slot with nothing to say is empty. Deterministic: same beat, same words. */
export const renderSlots = ({ episode, resolved, continuity }: PromptSource): Record<PromptSlot, string> => {
  const { beat } = resolved;
  const character = (id: string) => episode.characters.get(id);
  const name = (id: string) => character(id)?.name ?? id;
  const remote = remoteCharacters({ beat, characters: episode.characters });
  const described = charactersInFrame(beat).filter((id) => !remote.includes(id)).flatMap((id) => {
    const sheet = character(id);
    return sheet ? [describeCharacter({ character: sheet, wardrobe: continuity.looks.get(id)?.wardrobe })] : [];
  });
  const mood = beat.type === 'cliffhanger' ? CLIFFHANGER_MOODS[beat.cliffhangerType] : ROLE_MOODS[beat.role];
  const ways = beat.dialogue.flatMap((line) => (line.parenthetical ? [`${name(line.speaker)}, ${clause(line.parenthetical)}`] : []));
  return {
    format: sentence(`Vertical 9:16 format, ${episode.width}x${episode.height}`),
    shot: sentence(SHOT_PHRASES[beat.shot.type]),
    characters: sentences(described),
    action: sentence(beat.shot.description),
    insert: beat.type === 'insert' ? sentence(`On screen: ${insertOnScreen(beat.insert)}`) : '',
    emotion: sentences([...(beat.type === 'reaction' ? [`${name(beat.character)}'s expression: ${clause(beat.emotion)}`] : []), ...ways, `Mood: ${mood}`]),
    dialogue: beat.dialogue.map((line) => `${name(line.speaker)} says: "${line.text.trim()}"`).join(' '),
    setting: continuity.setting ? sentence(`Setting: ${clause(continuity.setting.text)}`) : '',
    lighting: continuity.lighting ? sentence(`Lighting: ${clause(continuity.lighting.text)}`) : '',
    camera: sentence(`Camera: ${CAMERA_PHRASES[beat.shot.camera]}`),
    duration: sentence(`Duration: ${(resolved.durationInFrames / episode.fps).toFixed(1)} seconds`),
    style: sentence(`Style: ${clause(episode.series.prompts?.style ?? DEFAULT_STYLE)}`),
  };
};
