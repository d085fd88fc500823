import type { InsertKind } from '../schema';
import type { ResolvedBeat } from '../timeline';

// Tuning: frames after an animation starts at which it reads as finished. Each follows its component:
// raise one if a storyboard still catches that animation mid-move, lower it to catch the still sooner.
/** HookOverlay slams in over 5 frames and shakes until frame 11. */
const HOOK_LANDED_FRAMES = 12;
/** The last item of an insert (bubble spring, banner slide, highlighter sweep plus push-in) has settled. */
const INSERT_SETTLED_FRAMES: Readonly<Record<InsertKind, number>> = { chat: 18, notification: 20, 'missed-call': 24, document: 40, photo: 24, email: 40 };
/** What the still of each insert kind catches, for the panel's caption. */
const INSERT_MOMENTS: Readonly<Record<InsertKind, string>> = {
  chat: 'last message in',
  notification: 'notification in',
  'missed-call': 'missed call up',
  document: 'line highlighted',
  photo: 'photo landed',
  email: 'email open',
};
/** cardMotion: the title lands by frame 10 and the teaser is in by frame 22. */
const CARD_SETTLED_FRAMES = 24;
/** A reaction plays its emotions in equal shares of the beat; 80% is inside the last (the one it lands on). */
const REACTION_SHARE = 0.8;

/** The frame a storyboard shows for a beat, counted from the beat's start, and the moment it catches. */
export type KeyFrame = { readonly inBeat: number; readonly moment: string };

const middleOf = (from: number, duration: number): number => from + Math.floor(duration / 2);

const pick = (resolved: ResolvedBeat): KeyFrame => {
  const { beat, lines, durationInFrames } = resolved;
  const midLine = (index: number, moment: string): KeyFrame | null => {
    const line = lines[index];
    return line ? { inBeat: middleOf(line.fromInFrames, line.durationInFrames), moment } : null;
  };
  const middle: KeyFrame = { inBeat: middleOf(0, durationInFrames), moment: 'middle of the beat' };
  switch (beat.type) {
    case 'hook':
      return midLine(0, 'mid-line, hook text up') ?? (beat.overlay ? { inBeat: HOOK_LANDED_FRAMES, moment: 'hook text landed' } : middle);
    case 'dialogue':
      return midLine(Math.floor((lines.length - 1) / 2), 'mid-line') ?? middle;
    case 'reaction':
      return { inBeat: Math.floor(durationInFrames * REACTION_SHARE), moment: 'the face it lands on' };
    case 'insert': {
      const timing = resolved.insertTiming;
      const last = timing?.itemFromInFrames.at(-1);
      if (!timing || last === undefined) return middle;
      const settled = Math.min(last + INSERT_SETTLED_FRAMES[beat.insert.kind], timing.durationInFrames - 1);
      return { inBeat: settled, moment: INSERT_MOMENTS[beat.insert.kind] };
    }
    case 'cliffhanger':
      return resolved.cardFromInFrames === null ? middle : { inBeat: resolved.cardFromInFrames + CARD_SETTLED_FRAMES, moment: 'end card up' };
    default:
      return beat satisfies never;
  }
};

/**
 * The frame that best stands for a beat on a storyboard: after the hook text lands, mid-line for dialogue,
 * the reaction's final face, an insert once its last item has settled, the cliffhanger's card. Never inside
 * the incoming transition, never past the beat. Pure.
 */
export const keyFrameOf = (resolved: ResolvedBeat): KeyFrame => {
  const chosen = pick(resolved);
  const latest = resolved.durationInFrames - 1;
  return { inBeat: Math.max(0, Math.min(latest, Math.max(resolved.transitionInFrames, chosen.inBeat))), moment: chosen.moment };
};
