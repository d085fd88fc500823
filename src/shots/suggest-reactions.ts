import type { Beat, Character } from '../schema';
import { castOf, remoteCharacters } from '../continuity';
import { reactionHint } from './reaction-hints';

/** A suggested reaction is a locked-off close-up: the simplest shot to get on the day or from a generator. */
export const SUGGESTED_REACTION_SHOT = { type: 'close-up', camera: 'static' } as const;

/** Suggestions are numbered 6A, 6B, … after the beat they react to, as film shot lists number added shots. */
const SUGGESTION_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The shot number of the i-th suggestion after a beat: "6A", "6B", …. */
export const suggestionShot = (beatShot: string, i: number): string => `${beatShot}${SUGGESTION_LETTERS[i] ?? `-${i + 1}`}`;

/** An extra close-up reaction shot worth filming or generating, though the cut does not use it yet. */
export type ReactionSuggestion = {
  /** Index of the reveal or cliffhanger beat it reacts to. */
  readonly beatIndex: number;
  /** "<beat>-reaction-<character>". */
  readonly id: string;
  readonly characterId: string;
  readonly emotion: string;
  /** What the camera sees, naming the beat it reacts to. */
  readonly description: string;
};

/** Beats around a reveal (before, itself, after) whose reaction of a character makes an extra one unnecessary. */
const ADJACENT = [-1, 0, 1] as const;

const reactsAt = (beats: readonly Beat[], index: number, characterId: string): boolean => {
  const beat = beats[index];
  return beat?.type === 'reaction' && beat.character === characterId;
};

/**
 * The guide's "generate more reaction shots than you think you need": for each reveal and cliffhanger,
 * a close-up of every character in it (not the sender of its message) with no reaction beat next to it.
 */
export const suggestReactions = ({ beats, characters }: { beats: readonly Beat[]; characters: ReadonlyMap<string, Character> }): ReactionSuggestion[] =>
  beats.flatMap((beat, beatIndex) => {
    if (beat.role !== 'reveal' && beat.role !== 'cliffhanger') return [];
    const remote = remoteCharacters({ beat, characters });
    return castOf(beat)
      .filter((id) => !remote.includes(id) && ADJACENT.every((offset) => !reactsAt(beats, beatIndex + offset, id)))
      .map((characterId) => ({
        beatIndex,
        id: `${beat.id}-reaction-${characterId}`,
        characterId,
        emotion: reactionHint({ beat, characterId }),
        description: `Close-up of ${characters.get(characterId)?.name ?? characterId} reacting to: ${beat.shot.description}`,
      }));
  });
