import type { Beat, CliffhangerType, InsertKind } from '../schema';

/** What a listener's face shows after each kind of cliffhanger. Words for the actor or the generator; edit freely. */
const CLIFFHANGER_REACTIONS: Readonly<Record<CliffhangerType, string>> = {
  threat: 'fear held behind a steady face',
  reveal: 'shock as the truth lands',
  arrival: 'alarm at being caught',
  decision: 'resolve settling in',
  question: 'suspicion, searching for an answer',
  danger: 'panic rising',
  betrayal: 'hurt turning to disbelief',
};

/** What a face shows when a reveal lands, by what reveals it ("scene" for a reveal without an insert). */
const REVEAL_REACTIONS: Readonly<Record<InsertKind | 'scene', string>> = {
  chat: 'shock at the message on the screen',
  notification: 'a jolt at the notification',
  'missed-call': 'dread at the missed calls',
  document: 'disbelief reading the proof',
  photo: 'recognition turning to shock',
  email: 'shock reading the email',
  scene: 'shock as the truth lands',
};

/** The one who speaks the line holds the moment after it: the guide's "antagonist, after causing trouble". */
const SPEAKER_REACTION = 'holding the look after the line, watching it land';

/** An emotion hint for a character's extra reaction shot to a reveal or cliffhanger beat. */
export const reactionHint = ({ beat, characterId }: { beat: Beat; characterId: string }): string => {
  if (beat.dialogue.some((line) => line.speaker === characterId)) return SPEAKER_REACTION;
  if (beat.type === 'cliffhanger') return CLIFFHANGER_REACTIONS[beat.cliffhangerType];
  return REVEAL_REACTIONS[beat.type === 'insert' ? beat.insert.kind : 'scene'];
};
