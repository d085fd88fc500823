import type { Character } from '../schema';
import { castOf, trackContinuity, type BeatContinuity, type Stated } from '../continuity';
import { secondsToFrames, type ResolvedBeat, type ResolvedEpisode } from '../timeline';
import { REACTION_HOLD_SECONDS } from '../timeline/constants';
import { insertProp } from './insert-props';
import type { EpisodeShots, ShotRow } from './shot-row';
import { SUGGESTED_REACTION_SHOT, suggestReactions, suggestionShot, type ReactionSuggestion } from './suggest-reactions';

const nameOf = (characters: ReadonlyMap<string, Character>, id: string): string => characters.get(id)?.name ?? id;

const beatRow = ({ episode, resolved, context }: { episode: ResolvedEpisode; resolved: ResolvedBeat; context: BeatContinuity }): ShotRow => {
  const { beat } = resolved;
  const name = (id: string) => nameOf(episode.characters, id);
  const cast = castOf(beat);
  const carried = cast.flatMap((id) => {
    const props = context.looks.get(id)?.props ?? [];
    return props.length > 0 ? [`${name(id)}: ${props.join(', ')}`] : [];
  });
  const changes = (beat.continuity ?? []).flatMap((note) => {
    if (note.change === undefined) return [];
    const now = [note.wardrobe && `wears ${note.wardrobe}`, note.props && `carries ${note.props.join(', ')}`].filter(Boolean);
    return [`${name(note.character)}: ${note.change}${now.length > 0 ? ` (${now.join('; ')})` : ''}`];
  });
  return {
    episode: episode.id,
    shot: String(resolved.index + 1),
    beat: beat.id,
    suggested: false,
    type: beat.type,
    role: beat.role,
    fromInFrames: resolved.fromInFrames,
    durationInFrames: resolved.durationInFrames,
    shotType: beat.shot.type,
    camera: beat.shot.camera,
    characters: cast.map(name),
    setting: context.setting,
    lighting: context.lighting,
    props: [...(beat.type === 'insert' ? [insertProp(beat.insert)] : []), ...carried],
    lines: beat.dialogue.map((line) => `${name(line.speaker)}${line.parenthetical ? ` (${line.parenthetical})` : ''}: ${line.text}`),
    emotion: beat.type === 'reaction' ? beat.emotion : null,
    description: beat.shot.description,
    continuity: changes,
  };
};

const suggestionRow = ({ episode, trigger, suggestion, index }: { episode: ResolvedEpisode; trigger: ShotRow; suggestion: ReactionSuggestion; index: number }): ShotRow => {
  const name = nameOf(episode.characters, suggestion.characterId);
  const carry = (stated: Stated | null): Stated | null => stated && { text: stated.text, carried: true };
  return {
    ...trigger,
    shotType: SUGGESTED_REACTION_SHOT.type,
    camera: SUGGESTED_REACTION_SHOT.camera,
    shot: suggestionShot(trigger.shot, index),
    beat: suggestion.id,
    suggested: true,
    type: 'reaction',
    fromInFrames: null,
    durationInFrames: secondsToFrames(REACTION_HOLD_SECONDS, episode.fps),
    characters: [name],
    setting: carry(trigger.setting),
    lighting: carry(trigger.lighting),
    props: [],
    lines: [],
    emotion: suggestion.emotion,
    description: suggestion.description,
    continuity: [],
  };
};

/** The shot list of an episode: every beat in order, each followed by its suggested extra reaction shots. Pure. */
export const buildShotList = (episode: ResolvedEpisode): EpisodeShots => {
  const contexts = trackContinuity({ series: episode.series, episode: episode.episode });
  const suggestions = suggestReactions({ beats: episode.beats.map((b) => b.beat), characters: episode.characters });
  const shots = episode.beats.flatMap((resolved) => {
    const context = contexts[resolved.index];
    if (!context) return [];
    const row = beatRow({ episode, resolved, context });
    const extra = suggestions.filter((s) => s.beatIndex === resolved.index);
    return [row, ...extra.map((suggestion, index) => suggestionRow({ episode, trigger: row, suggestion, index }))];
  });
  return { id: episode.id, title: episode.episode.title, fps: episode.fps, durationInFrames: episode.durationInFrames, shots };
};
