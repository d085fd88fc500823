import type { Insert } from '../schema';

/** What an insert shows on screen, in one phrase a generator can draw. */
export const insertOnScreen = (insert: Insert): string => {
  switch (insert.kind) {
    case 'chat': {
      const last = insert.messages[insert.messages.length - 1];
      return `a phone screen with a messages thread with ${insert.contact}${last ? `, the last message reading "${last.text}"` : ''}`;
    }
    case 'notification':
      return `a phone lock screen with a ${insert.app} notification from ${insert.sender}: "${insert.text}"`;
    case 'missed-call':
      return `a phone screen showing ${insert.count} missed call${insert.count === 1 ? '' : 's'} from ${insert.caller}`;
    case 'document': {
      const line = insert.lines[insert.highlightLine];
      return `a document titled "${insert.title}"${line ? ` with the line "${line}" highlighted` : ''}`;
    }
    case 'photo':
      return `a photo: ${insert.description}${insert.caption ? `, captioned "${insert.caption}"` : ''}`;
    case 'email':
      return `a phone screen with an email from ${insert.from}, subject "${insert.subject}"${insert.highlight ? `, the phrase "${insert.highlight}" highlighted` : ''}`;
    default:
      return insert satisfies never;
  }
};
