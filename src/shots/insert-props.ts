import type { Insert } from '../schema';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The prop an insert needs, as a props list names it: "phone: chat with Jun". */
export const insertProp = (insert: Insert): string => {
  switch (insert.kind) {
    case 'chat':
      return `phone: chat with ${insert.contact}`;
    case 'notification':
      return `phone: ${insert.app} notification from ${insert.sender}`;
    case 'missed-call':
      return `phone: ${plural(insert.count, 'missed call')} from ${insert.caller}`;
    case 'document':
      return `document: ${insert.title}`;
    case 'photo':
      return `photo: ${insert.description}`;
    case 'email':
      return `phone: email from ${insert.from}, "${insert.subject}"`;
    default:
      return insert satisfies never;
  }
};
