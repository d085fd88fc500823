import type { Beat, Insert } from '../schema';

/** A labelled line of a panel's notes: what the audience reads or sees besides dialogue. */
export type Cue = { readonly label: string; readonly text: string };

const quoted = (text: string): string => `“${text}”`;

const insertCue = (insert: Insert): string => {
  switch (insert.kind) {
    case 'chat': {
      const last = insert.messages.at(-1);
      return `Chat with ${insert.contact}, ${insert.messages.length} message${insert.messages.length === 1 ? '' : 's'}${last ? `; last: ${quoted(last.text)}` : ''}`;
    }
    case 'notification':
      return `${insert.app} from ${insert.sender}: ${quoted(insert.text)}`;
    case 'missed-call':
      return `${insert.count} missed call${insert.count === 1 ? '' : 's'} from ${insert.caller}`;
    case 'document': {
      const line = insert.lines[insert.highlightLine];
      return `${quoted(insert.title)}${line ? `, highlighted: ${quoted(line)}` : ''}`;
    }
    case 'photo':
      return `${insert.description}${insert.caption ? ` (${quoted(insert.caption)})` : ''}`;
    case 'email':
      return `From ${insert.from}: ${quoted(insert.subject)}${insert.highlight ? `, highlighted: ${quoted(insert.highlight)}` : ''}`;
    default:
      return insert satisfies never;
  }
};

/** The cues of a beat: a hook's on-screen line, a reaction's emotion, an insert's content, a cliffhanger's card. */
export const cuesOf = (beat: Beat): Cue[] => {
  switch (beat.type) {
    case 'hook':
      return beat.overlay ? [{ label: 'On screen', text: beat.overlay }] : [];
    case 'dialogue':
      return [];
    case 'reaction':
      return [{ label: 'Emotion', text: beat.emotion }];
    case 'insert':
      return [{ label: beat.insert.kind === 'missed-call' ? 'Missed call' : beat.insert.kind[0]?.toUpperCase() + beat.insert.kind.slice(1), text: insertCue(beat.insert) }];
    case 'cliffhanger':
      return [{ label: `Card · ${beat.cliffhangerType}`, text: beat.card.teaser ? `${beat.card.text}. ${beat.card.teaser}` : beat.card.text }];
    default:
      return beat satisfies never;
  }
};
