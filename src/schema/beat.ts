import { z } from 'zod';
import { CAMERA_MOVES, CLIFFHANGER_TYPES, DIALOGUE_SHOT_TYPES, SHOT_TYPES, STORY_ROLES, TRANSITIONS } from './vocabulary';
import { insertSchema } from './insert';
import { mediaSchema } from './media';
import { continuityNoteSchema } from './continuity';
import { audioPath, beatSoundSchema } from './sound';
import { slug, text } from './ids';
import { lineCaptionSchema } from './captions';

/** One spoken line. */
export const dialogueLineSchema = z.strictObject({
  speaker: slug().describe('Character id from the series bible'),
  text: text(),
  parenthetical: z.string().optional().describe('How it is said, e.g. "whispering"'),
  voice: audioPath().optional().describe('Recording of the line, a path inside public/; its length times the line'),
  caption: lineCaptionSchema.optional().describe('How this line\'s caption differs from the timing model: shift, extend, split, emphasis'),
});

const shotFields = {
  description: text().describe('What the camera sees, in one sentence'),
  setting: z.string().optional(),
  lighting: z.string().optional(),
  camera: z.enum(CAMERA_MOVES).default('static'),
};

/** How a beat is filmed (or, before footage exists, how its animatic panel is drawn). */
export const shotSchema = z.strictObject({ type: z.enum(SHOT_TYPES).default('medium'), ...shotFields });

const baseFields = {
  id: slug().describe('Unique within the episode; names the beat in errors, captions and the render cache'),
  role: z.enum(STORY_ROLES),
  characters: z.array(slug()).default([]).describe('Ids of the characters present'),
  dialogue: z.array(dialogueLineSchema).default([]),
  media: mediaSchema.optional(),
  sound: beatSoundSchema.optional().describe('Room tone and sound effects of the beat'),
  durationInSeconds: z.number().positive().optional().describe('Leave out to time the beat from its content'),
  transition: z.enum(TRANSITIONS).default('cut'),
  continuity: z.array(continuityNoteSchema).optional().describe('What characters wear or carry from this beat on, when it matters for continuity'),
};

/** The opening image: pressure first, context later. */
export const hookBeatSchema = z.strictObject({
  type: z.literal('hook'),
  ...baseFields,
  role: baseFields.role.default('hook'),
  shot: shotSchema,
  overlay: z.string().optional().describe('A short line of on-screen text that lands the hook'),
});

/** Characters talking: two-shot, close-up or over-the-shoulder. */
export const dialogueBeatSchema = z.strictObject({
  type: z.literal('dialogue'),
  ...baseFields,
  role: baseFields.role.default('escalation'),
  shot: z.strictObject({ type: z.enum(DIALOGUE_SHOT_TYPES).default('two-shot'), ...shotFields }),
});

/** A silent (or near-silent) reaction: the format runs on faces. */
export const reactionBeatSchema = z.strictObject({
  type: z.literal('reaction'),
  ...baseFields,
  role: baseFields.role.default('escalation'),
  shot: z.strictObject({ ...shotFields, type: z.enum(SHOT_TYPES).default('close-up') }),
  character: slug().describe('Id of the character reacting'),
  emotion: text().describe('What crosses their face, e.g. "confusion turning to shock"'),
});

/** Evidence on screen: a chat, a notification, a document. */
export const insertBeatSchema = z.strictObject({
  type: z.literal('insert'),
  ...baseFields,
  role: baseFields.role.default('reveal'),
  shot: z.strictObject({ ...shotFields, type: z.enum(SHOT_TYPES).default('insert') }),
  insert: insertSchema,
});

/** The last image: the reason to watch the next episode. */
export const cliffhangerBeatSchema = z.strictObject({
  type: z.literal('cliffhanger'),
  ...baseFields,
  role: baseFields.role.default('cliffhanger'),
  shot: z.strictObject({ ...shotFields, type: z.enum(SHOT_TYPES).default('close-up') }),
  cliffhangerType: z.enum(CLIFFHANGER_TYPES),
  card: z
    .strictObject({
      text: text().default('To be continued'),
      teaser: z.string().optional().describe('A line that points at the next episode'),
    })
    .default({ text: 'To be continued' }),
});

/** A beat of an episode, by type. */
export const beatSchema = z.discriminatedUnion('type', [
  hookBeatSchema,
  dialogueBeatSchema,
  reactionBeatSchema,
  insertBeatSchema,
  cliffhangerBeatSchema,
]);

export type Beat = z.output<typeof beatSchema>;
export type BeatInput = z.input<typeof beatSchema>;
export type DialogueLine = z.output<typeof dialogueLineSchema>;
export type HookBeat = z.output<typeof hookBeatSchema>;
export type DialogueBeat = z.output<typeof dialogueBeatSchema>;
export type ReactionBeat = z.output<typeof reactionBeatSchema>;
export type InsertBeat = z.output<typeof insertBeatSchema>;
export type CliffhangerBeat = z.output<typeof cliffhangerBeatSchema>;
