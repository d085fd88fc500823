import type {
  ChatInsert, DocumentInsert, EmailInsert, Insert, MissedCallInsert, NotificationInsert, PhotoInsert,
} from '../schema';

/** Sample inserts from "The Stolen Design": Maya, a junior designer; Victor, her boss; Jun, her coworker. */

/** Jun warns Maya: a thread long enough to scroll. */
export const sampleChat: ChatInsert = {
  kind: 'chat',
  contact: 'Jun',
  messages: [
    { from: 'them', text: 'Are you in the 3pm review?' },
    { from: 'me', text: 'No, Victor said it was leadership only' },
    { from: 'them', text: 'Maya.' },
    { from: 'them', text: "He's presenting the Aurora rebrand right now" },
    { from: 'them', text: 'Your logo. Your colours. His name on every slide.' },
    { from: 'me', text: 'That file is on my laptop. How does he have it??' },
    { from: 'them', text: 'Check who opened your drive last night' },
  ],
};

/** A short exchange: the shortest thread a beat might show. */
export const sampleShortChat: ChatInsert = {
  kind: 'chat',
  contact: 'Victor Hale',
  messages: [
    { from: 'them', text: 'My office. Now.' },
    { from: 'me', text: 'On my way' },
  ],
};

export const sampleNotification: NotificationInsert = {
  kind: 'notification',
  app: 'Messages',
  sender: 'Victor Hale',
  text: 'Delete the Aurora files from your drive. Tonight.',
  time: '2:14 AM',
};

export const sampleMissedCall: MissedCallInsert = { kind: 'missed-call', caller: 'Victor Hale', count: 3, time: '2:16 AM' };

export const sampleDocument: DocumentInsert = {
  kind: 'document',
  title: 'File history: aurora_logo_final.fig',
  lines: [
    'Created: 3 March, 21:40, by Maya Chen',
    'Edited: 4 March, 09:12, by Maya Chen',
    'Shared: 6 March, 23:58, with Victor Hale',
    'Owner changed: 7 March, 00:03, Maya Chen → Victor Hale',
    'Presented: 7 March, 15:00, by Victor Hale',
  ],
  highlightLine: 3,
};

export const samplePhoto: PhotoInsert = {
  kind: 'photo',
  description: "Maya's first sketch of the Aurora logo, pinned above her desk",
  caption: 'Aurora v1, 2 March',
};

export const sampleEmail: EmailInsert = {
  kind: 'email',
  from: 'Victor Hale <victor@arclight.studio>',
  to: 'Design Team',
  subject: 'Aurora rebrand: final credits',
  body: [
    'Team,',
    'The client signed off on the Aurora identity this morning. Great work all round.',
    'For the record, the concept and logo are my own work. Please remove Maya from the credits before the deck goes out.',
    'Victor',
  ],
  highlight: 'the concept and logo are my own work',
};

/** One sample of each kind, in the order of INSERT_KINDS. */
export const sampleInserts: readonly Insert[] = [
  sampleChat, sampleNotification, sampleMissedCall, sampleDocument, samplePhoto, sampleEmail,
];
