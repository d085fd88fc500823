/** Episode canvas: vertical 9:16 full HD at 30 fps. */
export const FPS = 30;
export const WIDTH = 1080;
export const HEIGHT = 1920;

/**
 * Reading-time model. A line is on screen for the longer of its words at WORDS_PER_SECOND and its
 * characters at CHARACTERS_PER_SECOND, so a caption never asks for more than the 17 characters per
 * second the Netflix/BBC guides allow. Slower numbers give actors room; faster ones tighten pacing.
 */
export const WORDS_PER_SECOND = 2.7;
export const CHARACTERS_PER_SECOND = 15;
/** Even a one-word line ("What?") needs this long to be read and felt (Netflix's minimum is 5/6 s). */
export const MIN_LINE_SECONDS = 1.0;
/** Silence between two lines of one beat. */
export const LINE_GAP_SECONDS = 0.25;
/** Time before the first line of a beat, so the cut lands before the words. */
export const LEAD_IN_SECONDS = 0.35;
/** Time after the last line of a beat, so the line lands before the next cut. */
export const TAIL_SECONDS = 0.6;
/** No beat is shorter than this, even a silent one. */
export const MIN_BEAT_SECONDS = 1.5;

/** A silent reaction holds this long: the format runs on faces. */
export const REACTION_HOLD_SECONDS = 2.2;
/** The cliffhanger card stays up this long after the last line. */
export const CLIFFHANGER_CARD_SECONDS = 2.5;
/** A hook's on-screen text is read at the same speed as dialogue, plus this hold. */
export const HOOK_OVERLAY_HOLD_SECONDS = 0.8;

/** A chat bubble is preceded by this much typing indicator ("them" only; "me" sends instantly). */
export const CHAT_TYPING_SECONDS = 0.7;
/** Pause after each chat bubble before the next action. */
export const CHAT_BUBBLE_GAP_SECONDS = 0.25;
/** Fixed on-screen times of the other inserts, before reading time of their text. */
export const NOTIFICATION_SECONDS = 1.2;
export const MISSED_CALL_SECONDS = 2.5;
export const DOCUMENT_SCAN_SECONDS = 1.2;
export const PHOTO_SECONDS = 2.5;
export const EMAIL_OPEN_SECONDS = 1.0;
/** Every insert holds this long after its content is complete, so the evidence registers. */
export const INSERT_HOLD_SECONDS = 1.0;

/** Frames a transition takes at the start of the incoming beat (a cut takes none). */
export const TRANSITION_FRAMES = { cut: 0, fade: 9, flash: 6, whip: 8 } as const;
