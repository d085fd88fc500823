import { z } from 'zod';
import { PLATFORMS } from './vocabulary';
import { describeValue } from '../errors/from-zod';

/** Audio file endings a voice, music bed, room tone or effect may have. */
export const AUDIO_EXTENSIONS = ['wav', 'mp3', 'm4a', 'aac', 'ogg', 'opus', 'flac'] as const;

/** Sounds the project synthesizes itself (nothing is downloaded): usable by name wherever a sound file is. */
export const BUILT_IN_SOUNDS = ['ping', 'send', 'buzz', 'hit', 'room-tone'] as const;
export type BuiltInSound = (typeof BUILT_IN_SOUNDS)[number];

const AUDIO_PATTERN = new RegExp(`\\.(${AUDIO_EXTENSIONS.join('|')})$`, 'i');

/** A path inside public/ naming an audio file. */
export const audioPath = () => z.string().regex(AUDIO_PATTERN, `must be an audio file (${AUDIO_EXTENSIONS.join(', ')})`);

/** A built-in sound by name, or an audio file in public/ (one refined string, so a mistake gets one message naming both). */
export const soundSource = () =>
  z
    .string()
    .refine((src) => (BUILT_IN_SOUNDS as readonly string[]).includes(src) || AUDIO_PATTERN.test(src), {
      error: (issue) => `must be a built-in sound (${BUILT_IN_SOUNDS.join(', ')}) or an audio file in public/ (${AUDIO_EXTENSIONS.join(', ')}), but got ${describeValue(issue.input)}`,
    });

/** How far the music dips under dialogue, and how fast it goes down and comes back. */
export const duckSchema = z.strictObject({
  depthDb: z.number().min(0).max(40).default(12).describe('How many dB the music drops while a line is spoken'),
  attackSeconds: z.number().min(0).max(2).default(0.25).describe('The dip starts this long before a line, so it is complete when the words start'),
  releaseSeconds: z.number().min(0).max(4).default(0.6).describe('The music comes back over this long after a line'),
});

/** A music bed under a whole episode. */
export const musicSchema = z.strictObject({
  src: audioPath().optional().describe('Path inside public/; leave out to use public/<series>/<eNN>/music.* or public/<series>/music.*'),
  volumeDb: z.number().min(-60).max(0).default(-14).describe('Level of the bed between lines, in dB (the final mix is normalised afterwards)'),
  trimStartInSeconds: z.number().min(0).default(0),
  fadeInSeconds: z.number().min(0).default(1),
  fadeOutSeconds: z.number().min(0).default(2),
  duck: duckSchema.default({ depthDb: 12, attackSeconds: 0.25, releaseSeconds: 0.6 }),
});

/** One sound effect in a beat, placed from the beat's start. */
export const soundEffectSchema = z.strictObject({
  src: soundSource(),
  atSeconds: z.number().min(0).default(0).describe('Seconds from the start of the beat'),
  volumeDb: z.number().min(-60).max(12).default(0),
});

/** What a beat sounds like besides its dialogue. */
export const beatSoundSchema = z.strictObject({
  roomTone: z.union([soundSource(), z.literal(false)]).optional().describe('Ambience under the beat; false for none; default: the episode\'s or series\' room tone'),
  effects: z.array(soundEffectSchema).default([]),
  automaticEffects: z.boolean().default(true).describe('A ping under incoming messages, a buzz under missed calls, a hit under the cliffhanger card'),
});

/** An episode's sound: its music bed and room tone, when they differ from the series'. */
export const episodeSoundSchema = z.strictObject({
  music: z.union([musicSchema, z.literal(false)]).optional().describe('false: no music in this episode'),
  roomTone: z.union([soundSource(), z.literal(false)]).optional(),
});

/** A loudness target for the final mix. */
export const loudnessTargetSchema = z.strictObject({
  integratedLufs: z.number().min(-40).max(-5).default(-14),
  truePeakDb: z.number().min(-9).max(0).default(-1),
});

/** A series' sound: the music and room tone every episode shares, scratch voices, and the loudness target. */
export const seriesSoundSchema = z.strictObject({
  music: z.union([musicSchema, z.literal(false)]).optional(),
  roomTone: z.union([soundSource(), z.literal(false)]).default('room-tone'),
  scratchVoices: z.boolean().default(true).describe('Lines without a recording get a synthetic voice (espeak-ng) so timing can be judged by ear'),
  loudness: loudnessTargetSchema.default({ integratedLufs: -14, truePeakDb: -1 }),
  platformLoudness: z.partialRecord(z.enum(PLATFORMS), loudnessTargetSchema).optional().describe('A different target for some platforms, used by `render --platform`'),
});

/** How the scratch voice engine (espeak-ng) says a character's lines. */
export const scratchVoiceSchema = z.strictObject({
  voice: z
    .string()
    .regex(/^[a-z]{2,3}(-[a-z0-9]+)*(\+[a-zA-Z0-9]+)?$/, 'must be an espeak-ng voice like "en-us" or "en-us+f3" (`espeak-ng --voices` lists them)')
    .default('en-us'),
  pitch: z.number().int().min(0).max(99).default(50),
  wordsPerMinute: z.number().int().min(80).max(450).default(165),
});

export type DuckSettings = z.output<typeof duckSchema>;
export type Music = z.output<typeof musicSchema>;
export type SoundEffect = z.output<typeof soundEffectSchema>;
export type BeatSound = z.output<typeof beatSoundSchema>;
export type EpisodeSound = z.output<typeof episodeSoundSchema>;
export type SeriesSound = z.output<typeof seriesSoundSchema>;
export type LoudnessTarget = z.output<typeof loudnessTargetSchema>;
export type ScratchVoice = z.output<typeof scratchVoiceSchema>;
