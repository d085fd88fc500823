import type { CameraMove, CliffhangerType, ShotType, StoryRole } from '../schema';

/** How each shot type is named in a prompt. */
export const SHOT_PHRASES: Readonly<Record<ShotType, string>> = {
  'extreme-close-up': 'Extreme close-up',
  'close-up': 'Close-up',
  medium: 'Medium shot',
  'two-shot': 'Two-shot, both characters in frame',
  'over-the-shoulder': 'Over-the-shoulder shot',
  wide: 'Wide shot',
  insert: 'Insert shot',
  pov: 'Point-of-view shot',
};

/** How each camera move is described to a video generator. */
export const CAMERA_PHRASES: Readonly<Record<CameraMove, string>> = {
  static: 'locked off, no camera movement',
  'push-in': 'slow push-in',
  'pull-out': 'slow pull-out',
  'pan-left': 'slow pan left',
  'pan-right': 'slow pan right',
  handheld: 'handheld, subtle natural shake',
};

/** The mood a beat's story role asks for. */
export const ROLE_MOODS: Readonly<Record<StoryRole, string>> = {
  hook: 'sudden tension, the moment everything changes',
  escalation: 'rising tension',
  reveal: 'the moment the truth lands',
  cliffhanger: 'unresolved suspense',
};

/** The mood of each kind of cliffhanger. */
export const CLIFFHANGER_MOODS: Readonly<Record<CliffhangerType, string>> = {
  threat: 'quiet menace, a threat left hanging',
  reveal: 'shock, a truth that changes everything',
  arrival: 'dread, someone arrives who should not be there',
  decision: 'resolve, a choice that cannot be undone',
  question: 'unease, a question with no answer yet',
  danger: 'peril, the moment before harm',
  betrayal: 'betrayal, trust broken in silence',
};

/** The style line of a series that sets none in its bible. */
export const DEFAULT_STYLE = 'realistic cinematic drama, shallow depth of field, natural skin tones, high detail';
