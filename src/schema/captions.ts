import { z } from 'zod';
import { zColor } from '@remotion/zod-types';
import { FONT_FAMILIES } from './vocabulary';
import { text } from './ids';

/** Where burned-in captions sit inside the caption safe band. */
export const CAPTION_POSITIONS = ['bottom', 'middle', 'top'] as const;
export type CaptionPosition = (typeof CAPTION_POSITIONS)[number];

/** How a caption page enters: a small scale pop, a short rise, or a plain cut. Every one is fully visible on its first frame. */
export const CAPTION_ANIMATIONS = ['pop', 'rise', 'none'] as const;
export type CaptionAnimation = (typeof CAPTION_ANIMATIONS)[number];

/** When a dark plate sits behind the caption text: over inserts (busy phone screens, white paper), always, or never. */
export const CAPTION_BACKINGS = ['inserts', 'always', 'none'] as const;
export type CaptionBacking = (typeof CAPTION_BACKINGS)[number];

/** Subtitle files an episode can take its caption timings from. */
export const CAPTION_FILE_EXTENSIONS = ['srt', 'vtt'] as const;

const styleFields = {
  font: z.enum(FONT_FAMILIES).describe('Shipped family; captions use its heaviest shipped weight'),
  maxFontPx: z.number().min(70).max(90).describe('Largest size; a page shrinks to fit two lines, never below 70 px'),
  textColor: zColor(),
  highlightColor: zColor().describe('Colour of the word being spoken; the speaker\'s colour when left out'),
  emphasisColor: zColor().describe('Colour of an emphasised word (caption.emphasis); the palette accent when left out'),
  outlineColor: zColor(),
  outlinePx: z.number().min(0).max(24).describe('Width of the stroke painted under the letters (half of it shows)'),
  position: z.enum(CAPTION_POSITIONS),
  animation: z.enum(CAPTION_ANIMATIONS),
  backing: z.enum(CAPTION_BACKINGS).describe('A dark plate behind the text: over inserts (the default), always, or never'),
  uppercase: z.boolean(),
  pageMs: z.number().int().min(0).max(10_000).describe('A page holds the phrases spoken within about this many ms (0: one phrase per page); pages start only at a phrase and never span two cues'),
};

/** The defaults every series starts from: bold white Inter with a black outline, low in the safe band. */
export const CAPTION_STYLE_DEFAULTS = {
  font: 'Inter',
  maxFontPx: 84,
  textColor: '#ffffff',
  outlineColor: '#000000',
  outlinePx: 10,
  position: 'bottom',
  animation: 'pop',
  backing: 'inserts',
  uppercase: false,
  pageMs: 2000,
} as const;

const d = CAPTION_STYLE_DEFAULTS;

/** How a series burns in its captions. */
export const captionStyleSchema = z.strictObject({
  font: styleFields.font.default(d.font),
  maxFontPx: styleFields.maxFontPx.default(d.maxFontPx),
  textColor: styleFields.textColor.default(d.textColor),
  highlightColor: styleFields.highlightColor.optional(),
  emphasisColor: styleFields.emphasisColor.optional(),
  outlineColor: styleFields.outlineColor.default(d.outlineColor),
  outlinePx: styleFields.outlinePx.default(d.outlinePx),
  position: styleFields.position.default(d.position),
  animation: styleFields.animation.default(d.animation),
  backing: styleFields.backing.default(d.backing),
  uppercase: styleFields.uppercase.default(d.uppercase),
  pageMs: styleFields.pageMs.default(d.pageMs),
});

/** An episode's changes to its series' caption style: only the fields it sets (no defaults, so the series' values show through). */
export const captionStyleOverrideSchema = z.strictObject(styleFields).partial();

const CAPTION_FILE_PATTERN = new RegExp(`\\.(${CAPTION_FILE_EXTENSIONS.join('|')})$`, 'i');

/** An episode's captions: timings imported from a subtitle file, and style changes for this episode. */
export const episodeCaptionsSchema = z.strictObject({
  src: z
    .string()
    .regex(CAPTION_FILE_PATTERN, `must be a subtitle file (${CAPTION_FILE_EXTENSIONS.join(', ')})`)
    .optional()
    .describe('SRT or WebVTT file inside public/, e.g. "the-stolen-design/e02.srt"; its timings replace the reading-speed model'),
  style: captionStyleOverrideSchema.optional().describe('Changes to the series\' caption style for this episode'),
});

/** Per-line caption overrides on a dialogue line. */
export const lineCaptionSchema = z.strictObject({
  shiftInSeconds: z.number().min(-10).max(10).optional().describe('Moves the caption later (positive) or earlier (negative)'),
  extendInSeconds: z.number().min(-10).max(10).optional().describe('Keeps the caption up longer (positive) or shorter (negative)'),
  splitAfter: z.array(text()).min(1, 'needs at least one word or phrase').optional().describe('Words (or phrases) of the line after which a new caption starts, in order'),
  emphasis: text().optional().describe('The word (or phrase) the line turns on; drawn in the emphasis colour'),
});

export type CaptionStyle = z.output<typeof captionStyleSchema>;
export type CaptionStyleOverride = z.output<typeof captionStyleOverrideSchema>;
export type EpisodeCaptions = z.output<typeof episodeCaptionsSchema>;
export type LineCaption = z.output<typeof lineCaptionSchema>;
