import { reactionBeatSchema } from '../schema/beat';
import { SUGGESTED_REACTION_SHOT, type ReactionSuggestion } from '../shots';
import { secondsToFrames, type ResolvedBeat } from '../timeline';
import { REACTION_HOLD_SECONDS } from '../timeline/constants';

/** A suggested reaction as a beat the compiler can read: a locked-off close-up held as long as a reaction beat. */
export const suggestedBeat = ({ trigger, suggestion, fps }: { trigger: ResolvedBeat; suggestion: ReactionSuggestion; fps: number }): ResolvedBeat => {
  // Parsed, so every field a beat has gets the schema's default, as an authored reaction would.
  const beat = reactionBeatSchema.parse({
    type: 'reaction',
    id: suggestion.id,
    role: trigger.beat.role,
    characters: [suggestion.characterId],
    shot: { ...SUGGESTED_REACTION_SHOT, description: suggestion.description },
    character: suggestion.characterId,
    emotion: suggestion.emotion,
  });
  return { ...trigger, beat, durationInFrames: secondsToFrames(REACTION_HOLD_SECONDS, fps), transitionInFrames: 0, lines: [], insertTiming: null, cardFromInFrames: null };
};
