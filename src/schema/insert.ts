import { z } from 'zod';
import { text } from './ids';

const chatMessage = z.strictObject({
  from: z.enum(['me', 'them']).describe('"me" is the phone owner (right, coloured); "them" is the contact'),
  text: text(),
});

/** A phone messages thread; bubbles arrive one by one after a typing indicator. */
export const chatInsertSchema = z.strictObject({
  kind: z.literal('chat'),
  contact: text(),
  messages: z.array(chatMessage).min(1, 'needs at least one message'),
});

/** A message notification sliding in over a lock screen. */
export const notificationInsertSchema = z.strictObject({
  kind: z.literal('notification'),
  app: text().default('Messages'),
  sender: text(),
  text: text(),
  time: text().default('now'),
});

/** A missed-call screen. */
export const missedCallInsertSchema = z.strictObject({
  kind: z.literal('missed-call'),
  caller: text(),
  count: z.number().int().min(1).default(1),
  time: text().default('now'),
});

/** A document page with one damning line highlighted. */
export const documentInsertSchema = z.strictObject({
  kind: z.literal('document'),
  title: text(),
  lines: z.array(text()).min(1, 'needs at least one line'),
  highlightLine: z.number().int().min(0).describe('Index into lines of the line to highlight'),
});

/** A photo: an image in public/ or, before one exists, a described placeholder. */
export const photoInsertSchema = z.strictObject({
  kind: z.literal('photo'),
  description: text(),
  src: z.string().optional().describe('Image path inside public/'),
  caption: z.string().optional(),
});

/** An email opened on a phone. */
export const emailInsertSchema = z.strictObject({
  kind: z.literal('email'),
  from: text(),
  to: text(),
  subject: text(),
  body: z.array(text()).min(1, 'needs at least one paragraph'),
  highlight: z.string().optional().describe('A phrase of the body to highlight'),
});

/** In-universe content an insert beat shows, by kind. */
export const insertSchema = z.discriminatedUnion('kind', [
  chatInsertSchema,
  notificationInsertSchema,
  missedCallInsertSchema,
  documentInsertSchema,
  photoInsertSchema,
  emailInsertSchema,
]);

export type Insert = z.output<typeof insertSchema>;
export type ChatInsert = z.output<typeof chatInsertSchema>;
export type NotificationInsert = z.output<typeof notificationInsertSchema>;
export type MissedCallInsert = z.output<typeof missedCallInsertSchema>;
export type DocumentInsert = z.output<typeof documentInsertSchema>;
export type PhotoInsert = z.output<typeof photoInsertSchema>;
export type EmailInsert = z.output<typeof emailInsertSchema>;
