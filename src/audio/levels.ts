/** Decibels to a linear gain (0 dB → 1, −6 dB → ≈ 0.5). */
export const dbToGain = (db: number): number => 10 ** (db / 20);

// Tuning: levels of each layer before the final loudness normalisation, in dB relative to its file. Voices sit on
// top; raise an effect if it is lost under the music, lower room tone if it is heard as hiss rather than felt as air.
/** Voices, recorded or scratch. */
export const VOICE_DB = 0;
/** Effects, before each effect's own volumeDb. */
export const EFFECT_DB = -4;
/** Room tone: the built-in one is synthesized quiet already; a recorded one usually is too. */
export const ROOM_TONE_DB = 0;
/** Frames over which room tone fades in and out at its edges, so a cut never clicks. */
export const EDGE_FADE_FRAMES = 4;
/** An effect cue lasts at most this long (the file may end sooner; silence after it is free). */
export const MAX_EFFECT_SECONDS = 8;
