import { scratchVoiceSchema, type Character, type ScratchVoice } from '../../schema';

// Tuning: pitch (espeak-ng 0–99) and speed (words per minute) read from a character sheet's voice description
// when it sets no scratchVoice. Wider gaps make characters easier to tell apart; espeak-ng sounds odd past 220 wpm.
const LOW_PITCH = 30;
const HIGH_PITCH = 66;
const SLOW_WPM = 140;
const QUICK_WPM = 190;

const has = (text: string, words: readonly string[]): boolean => words.some((w) => new RegExp(`\\b${w}`, 'i').test(text));

/** How a character's scratch voice sounds: the sheet's scratchVoice, else pitch and pace read from its voice description. */
export const scratchSettingsOf = (character: Character): ScratchVoice => {
  if (character.scratchVoice) return character.scratchVoice;
  const defaults = scratchVoiceSchema.parse({});
  const pitch = has(character.voice, ['low', 'deep', 'gravel']) ? LOW_PITCH : has(character.voice, ['high', 'bright', 'soft', 'light']) ? HIGH_PITCH : defaults.pitch;
  const wordsPerMinute = has(character.voice, ['slow', 'measured', 'drawl']) ? SLOW_WPM : has(character.voice, ['quick', 'fast', 'rapid']) ? QUICK_WPM : defaults.wordsPerMinute;
  return { ...defaults, pitch, wordsPerMinute };
};
