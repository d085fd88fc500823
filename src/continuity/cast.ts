import type { Beat, Character, Insert } from '../schema';

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Ids of the characters a beat shows: its characters, then the one reacting, each once. */
export const charactersInFrame = (beat: Beat): string[] =>
  unique([...beat.characters, ...(beat.type === 'reaction' ? [beat.character] : [])]);

/** Ids of everyone a beat needs on set: those in frame and every speaker (an off-screen line is still read on set). */
export const castOf = (beat: Beat): string[] => unique([...charactersInFrame(beat), ...beat.dialogue.map((line) => line.speaker)]);

/** Who is on the other end of an insert: the chat contact, the sender, the caller. */
const counterpart = (insert: Insert): string | null => {
  switch (insert.kind) {
    case 'chat':
      return insert.contact;
    case 'notification':
      return insert.sender;
    case 'missed-call':
      return insert.caller;
    case 'email':
      return insert.from;
    case 'document':
    case 'photo':
      return null;
    default:
      return insert satisfies never;
  }
};

/**
 * Ids of a beat's characters who are on the other end of its insert (a chat with "Jun" is Jun Park's
 * message, not Jun in the room), matched by full or first name. They are in the story, not in the frame.
 */
export const remoteCharacters = ({ beat, characters }: { beat: Beat; characters: ReadonlyMap<string, Character> }): string[] => {
  const other = beat.type === 'insert' ? counterpart(beat.insert)?.trim().toLowerCase() : undefined;
  if (!other) return [];
  return beat.characters.filter((id) => {
    const name = characters.get(id)?.name.trim().toLowerCase() ?? '';
    return name === other || name.split(/\s+/)[0] === other;
  });
};
