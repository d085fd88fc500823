import type { BuiltInSound } from '../schema';
import type { ResolvedBeat } from '../timeline';

/** An effect a beat's content implies, in frames from the beat's start. */
export type ImpliedEffect = { readonly src: BuiltInSound; readonly atInFrames: number; readonly db: number };

// Tuning: a sent message is quieter than a received one (the viewer's attention is on what arrives).
const SEND_DB = -6;

/** The effects an insert or cliffhanger implies: a ping per arriving message, a buzz under a missed call, a hit under the end card. */
export const automaticEffects = ({ beat, insertTiming, cardFromInFrames }: ResolvedBeat): ImpliedEffect[] => {
  if (beat.type === 'cliffhanger' && cardFromInFrames !== null) return [{ src: 'hit', atInFrames: cardFromInFrames, db: 0 }];
  if (beat.type !== 'insert' || !insertTiming) return [];
  const first = insertTiming.itemFromInFrames[0] ?? 0;
  switch (beat.insert.kind) {
    case 'chat':
      return beat.insert.messages.map((m, i) => ({ src: m.from === 'them' ? 'ping' : 'send', atInFrames: insertTiming.itemFromInFrames[i] ?? 0, db: m.from === 'them' ? 0 : SEND_DB }));
    case 'notification':
    case 'email':
      return [{ src: 'ping', atInFrames: first, db: 0 }];
    case 'missed-call':
      return [{ src: 'buzz', atInFrames: first, db: 0 }];
    case 'document':
    case 'photo':
      return [];
    default:
      return beat.insert satisfies never;
  }
};
