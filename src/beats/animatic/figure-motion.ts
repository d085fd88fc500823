import { random } from 'remotion';

// Tuning: life in a still figure. A blink lasts BLINK_FRAMES every ~BLINK_EVERY_FRAMES; the mouth
// takes a new shape every MOUTH_STEP_FRAMES while the character's line is on screen.
const BLINK_EVERY_FRAMES = 97;
const BLINK_FRAMES = 3;
const BREATH_PERIOD_FRAMES = 70;
const BREATH_UNITS = 1.6;
const MOUTH_STEP_FRAMES = 3;

/** Whether a character's eyes are closed at a frame (offset per character so two figures never blink together). */
export const isBlinking = (characterId: string, frame: number): boolean =>
  (frame + Math.floor(random(`${characterId}-blink`) * BLINK_EVERY_FRAMES)) % BLINK_EVERY_FRAMES < BLINK_FRAMES;

/** Vertical breathing drift in figure units. */
export const breathUnits = (characterId: string, frame: number): number =>
  Math.sin(((frame + random(`${characterId}-breath`) * BREATH_PERIOD_FRAMES) / BREATH_PERIOD_FRAMES) * Math.PI * 2) * BREATH_UNITS;

/** How open the mouth is (0–1) while speaking; null when silent. */
export const speakingMouth = (characterId: string, frame: number, speaking: boolean): number | null =>
  speaking ? 0.15 + 0.85 * random(`${characterId}-mouth-${Math.floor(frame / MOUTH_STEP_FRAMES)}`) : null;
