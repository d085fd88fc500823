import type { Beat, Character, DialogueLine } from '../schema';
import {
  CLIFFHANGER_CARD_SECONDS,
  HOOK_OVERLAY_HOLD_SECONDS,
  LEAD_IN_SECONDS,
  LINE_GAP_SECONDS,
  MIN_BEAT_SECONDS,
  REACTION_HOLD_SECONDS,
  TAIL_SECONDS,
} from './constants';
import { timeInsert, type InsertTiming } from './insert-timing';
import { readingSeconds, secondsToFrames } from './reading-time';
import { trimmedClipSeconds } from './clip-length';

/** A dialogue line placed in its beat. Frames count from the start of the beat. */
export type TimedLine = {
  readonly line: DialogueLine;
  readonly speaker: Character;
  readonly fromInFrames: number;
  readonly durationInFrames: number;
};

/** What a beat's content needs, before any explicit duration is applied. */
export type BeatTiming = {
  readonly lines: readonly TimedLine[];
  readonly insertTiming: InsertTiming | null;
  /** Frame at which the cliffhanger card appears (cliffhanger beats only). */
  readonly cardFromInFrames: number | null;
  /** Frames the content needs: reading time, insert animation, holds. */
  readonly neededInFrames: number;
};

const placeLines = ({
  lines,
  characters,
  fps,
  recordedSeconds = [],
}: {
  lines: readonly DialogueLine[];
  characters: ReadonlyMap<string, Character>;
  fps: number;
  recordedSeconds?: readonly (number | null)[];
}): { timed: TimedLine[]; endSeconds: number } => {
  const timed: TimedLine[] = [];
  let t = LEAD_IN_SECONDS;
  for (const [i, line] of lines.entries()) {
    const speaker = characters.get(line.speaker);
    if (!speaker) throw new Error(`Unknown speaker "${line.speaker}": validate the episode before timing it`);
    // A recording is the truth of a line's length; reading time only stands in until one exists.
    const seconds = recordedSeconds[i] ?? readingSeconds(line.text);
    const fromInFrames = secondsToFrames(t, fps);
    timed.push({ line, speaker, fromInFrames, durationInFrames: secondsToFrames(t + seconds, fps) - fromInFrames });
    t += seconds + LINE_GAP_SECONDS;
  }
  return { timed, endSeconds: lines.length > 0 ? t - LINE_GAP_SECONDS : 0 };
};

/** Times a beat's content: dialogue at reading speed (or the length of its recordings), insert animations, holds. */
export const timeBeat = ({
  beat,
  characters,
  fps,
  recordedSeconds,
}: {
  beat: Beat;
  characters: ReadonlyMap<string, Character>;
  fps: number;
  /** Seconds of each line's recording, null where a line has none. */
  recordedSeconds?: readonly (number | null)[];
}): BeatTiming => {
  const { timed, endSeconds } = placeLines({ lines: beat.dialogue, characters, fps, recordedSeconds });
  const spokenSeconds = timed.length > 0 ? endSeconds + TAIL_SECONDS : 0;
  let neededSeconds = spokenSeconds;
  let insertTiming: InsertTiming | null = null;
  let cardFromInFrames: number | null = null;

  switch (beat.type) {
    case 'hook':
      neededSeconds = Math.max(spokenSeconds, beat.overlay ? readingSeconds(beat.overlay) + HOOK_OVERLAY_HOLD_SECONDS : 0);
      break;
    case 'dialogue':
      break;
    case 'reaction':
      neededSeconds = Math.max(spokenSeconds, REACTION_HOLD_SECONDS);
      break;
    case 'insert':
      insertTiming = timeInsert({ insert: beat.insert, startSeconds: LEAD_IN_SECONDS, fps });
      neededSeconds = Math.max(spokenSeconds, insertTiming.durationInFrames / fps);
      break;
    case 'cliffhanger': {
      const cardSeconds = timed.length > 0 ? endSeconds + TAIL_SECONDS : LEAD_IN_SECONDS;
      cardFromInFrames = secondsToFrames(cardSeconds, fps);
      neededSeconds = cardSeconds + CLIFFHANGER_CARD_SECONDS;
      break;
    }
    default:
      return beat satisfies never;
  }

  return {
    lines: timed,
    insertTiming,
    cardFromInFrames,
    neededInFrames: secondsToFrames(Math.max(neededSeconds, MIN_BEAT_SECONDS, trimmedClipSeconds(beat.media)), fps),
  };
};
