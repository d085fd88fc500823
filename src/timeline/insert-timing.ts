import type { Insert } from '../schema';
import {
  CHAT_BUBBLE_GAP_SECONDS,
  CHAT_TYPING_SECONDS,
  DOCUMENT_SCAN_SECONDS,
  EMAIL_OPEN_SECONDS,
  INSERT_HOLD_SECONDS,
  MISSED_CALL_SECONDS,
  NOTIFICATION_SECONDS,
  PHOTO_SECONDS,
} from './constants';
import { readingSeconds, secondsToFrames } from './reading-time';

/** When each part of an insert appears, in frames from the start of its beat. */
export type InsertTiming = {
  /** Frame at which each item (chat bubble, notification, highlighted line) appears. */
  readonly itemFromInFrames: readonly number[];
  /** Frame at which a typing indicator starts before each item, or null when there is none. */
  readonly typingFromInFrames: readonly (number | null)[];
  /** Frames the insert needs in all, hold included. */
  readonly durationInFrames: number;
};

const single = (appearAtSeconds: number, contentSeconds: number, fps: number): InsertTiming => ({
  itemFromInFrames: [secondsToFrames(appearAtSeconds, fps)],
  typingFromInFrames: [null],
  durationInFrames: secondsToFrames(appearAtSeconds + contentSeconds + INSERT_HOLD_SECONDS, fps),
});

/** Times an insert's content from its text: a chat needs time for each bubble. */
export const timeInsert = ({ insert, startSeconds, fps }: { insert: Insert; startSeconds: number; fps: number }): InsertTiming => {
  switch (insert.kind) {
    case 'chat': {
      const items: number[] = [];
      const typing: (number | null)[] = [];
      let t = startSeconds;
      for (const message of insert.messages) {
        const typingStart = message.from === 'them' ? t : null;
        if (message.from === 'them') t += CHAT_TYPING_SECONDS;
        typing.push(typingStart === null ? null : secondsToFrames(typingStart, fps));
        items.push(secondsToFrames(t, fps));
        t += readingSeconds(message.text) + CHAT_BUBBLE_GAP_SECONDS;
      }
      return {
        itemFromInFrames: items,
        typingFromInFrames: typing,
        durationInFrames: secondsToFrames(t + INSERT_HOLD_SECONDS, fps),
      };
    }
    case 'notification':
      return single(startSeconds, NOTIFICATION_SECONDS + readingSeconds(`${insert.sender} ${insert.text}`), fps);
    case 'missed-call':
      return single(startSeconds, MISSED_CALL_SECONDS, fps);
    case 'document': {
      const highlighted = insert.lines[insert.highlightLine] ?? '';
      return single(startSeconds + DOCUMENT_SCAN_SECONDS, readingSeconds(highlighted), fps);
    }
    case 'photo':
      return single(startSeconds, PHOTO_SECONDS + (insert.caption ? readingSeconds(insert.caption) : 0), fps);
    case 'email':
      return single(
        startSeconds + EMAIL_OPEN_SECONDS,
        readingSeconds(insert.subject) + (insert.highlight ? readingSeconds(insert.highlight) : 0),
        fps,
      );
    default:
      return insert satisfies never;
  }
};
