import { z } from 'zod';
import { cueAt, cueFix, cueName, eachCue, tenthsUp } from '../caption-cues';
import { formatSeconds } from '../moments';
import { defineRule } from '../types';

// Tuning: 17 characters per second is the adult reading speed of the Netflix and BBC guides (13 for children's shows).
const MAX_CHARACTERS_PER_SECOND = 17;

const options = z.strictObject({
  maxCharactersPerSecond: z.number().positive().default(MAX_CHARACTERS_PER_SECOND).describe('Characters (spaces and punctuation count) a viewer reads per second'),
});

/** Every caption is on screen long enough to be read: its characters over its seconds at most maxCharactersPerSecond. */
export const captionReadingSpeed = defineRule({
  id: 'caption-reading-speed',
  severity: 'error',
  description: 'Captions can be read in time: at most 17 characters per second',
  options,
  check: eachCue(({ cue, track, options: o }) => {
    const characters = cue.text.replace(/\s+/g, ' ').trim().length;
    const seconds = cue.durationInFrames / track.fps;
    const speed = characters / seconds;
    if (speed <= o.maxCharactersPerSecond + 1e-9) return [];
    const needed = tenthsUp(characters / o.maxCharactersPerSecond);
    return [
      {
        ...cueAt(cue, track.fps),
        message: `${cueName(cue, track)} reads at ${speed.toFixed(1)} characters/s (${characters} characters in ${formatSeconds(seconds)}), faster than ${o.maxCharactersPerSecond}`,
        fix: cueFix(cue, track, {
          script: `Keep it up ${formatSeconds(needed)}: caption.extendInSeconds: ${tenthsUp(needed - seconds)}; or split the line (caption.splitAfter), or shorten it`,
          file: `Give it ${formatSeconds(needed)}`,
        }),
      },
    ];
  }),
});
