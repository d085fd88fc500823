import type { FieldPath } from '../errors';

/** Where a cue's words come from in the script: a dialogue line, and which part of it when the line is split. */
export type CueOrigin = {
  readonly beatIndex: number;
  readonly lineIndex: number;
  /** 0-based part of a split line; 0 of 1 when the line is whole. */
  readonly part: number;
  readonly parts: number;
};

/** One word of a cue. Frames count from the start of the episode. */
export type CueWord = {
  readonly text: string;
  readonly fromInFrames: number;
  readonly durationInFrames: number;
  /** Part of the word or phrase the line turns on (caption.emphasis). */
  readonly emphasis: boolean;
};

/** One caption cue on the episode timeline: what a subtitle file calls a cue, with its words timed. */
export type CaptionCue = {
  /** The text; an imported cue keeps its author's line breaks as "\n". */
  readonly text: string;
  readonly fromInFrames: number;
  readonly durationInFrames: number;
  readonly words: readonly CueWord[];
  /** Character id of the speaker, or null when an imported cue matches no line of the script. */
  readonly speakerId: string | null;
  /** The script line the cue says, or null for an imported cue that matches none. */
  readonly origin: CueOrigin | null;
  /** The line of the imported file that holds the cue's times, or null for a cue from the script. */
  readonly fileLine: number | null;
};

/** Every cue of an episode in time order, never overlapping. */
export type CaptionTrack = {
  readonly fps: number;
  readonly cues: readonly CaptionCue[];
  /** The imported file the timings come from (as shown to users, e.g. "public/the-stolen-design/e02.srt"), or null for the script. */
  readonly file: string | null;
};

/**
 * Something about a caption source: an error (the file cannot be used) or a warning (it was repaired, or differs from
 * the script). It points at a line of the imported file, at a field of the episode, or at both.
 */
export type CaptionNote = {
  readonly fileLine: number | null;
  readonly path: FieldPath | null;
  /** Frame of the episode the note is about, when it has one. */
  readonly atFrame: number | null;
  readonly message: string;
  readonly fix: string;
};

/** A note about a line of the imported file only. */
export const fileNote = (fileLine: number, message: string, fix: string): CaptionNote => ({ fileLine, path: null, atFrame: null, message, fix });

/** A cue before its words are timed: timing repairs change its length first. */
export type DraftCue = Omit<CaptionCue, 'words'> & {
  /** Per word of the text: part of the emphasised word or phrase. */
  readonly emphasis: readonly boolean[];
};
