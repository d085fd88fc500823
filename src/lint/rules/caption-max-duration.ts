import { z } from 'zod';
import { cueAt, cueFix, cueName, eachCue, splitWord } from '../caption-cues';
import { formatSeconds } from '../moments';
import { defineRule } from '../types';

// Tuning: Netflix's maximum is 7 s; a caption held longer is re-read, and the eye leaves the picture.
const MAX_SECONDS = 7;
// Where a split is suggested: each half should still fit two lines of 32 characters.
const SPLIT_CHARACTERS = 64;

const options = z.strictObject({
  maxSeconds: z.number().positive().default(MAX_SECONDS),
});

/** No caption stays on screen longer than maxSeconds. */
export const captionMaxDuration = defineRule({
  id: 'caption-max-duration',
  severity: 'warning',
  description: 'Captions stay up at most 7 s',
  options,
  check: eachCue(({ cue, track, options: o }) => {
    const seconds = cue.durationInFrames / track.fps;
    if (seconds <= o.maxSeconds + 1e-9) return [];
    const word = splitWord(cue, SPLIT_CHARACTERS);
    return [
      {
        ...cueAt(cue, track.fps),
        message: `${cueName(cue, track)} stays on screen for ${formatSeconds(seconds)}, longer than ${formatSeconds(o.maxSeconds)}`,
        fix: cueFix(cue, track, {
          script: word === null ? `Shorten it: caption.extendInSeconds: -${Math.ceil((seconds - o.maxSeconds) * 10) / 10}` : `Split it in two: caption.splitAfter: ["${word}"]`,
          file: 'Split the cue in two, or end it sooner,',
        }),
      },
    ];
  }),
});
