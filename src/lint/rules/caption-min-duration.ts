import { z } from 'zod';
import { cueAt, cueFix, cueName, eachCue, tenthsUp } from '../caption-cues';
import { formatSeconds } from '../moments';
import { defineRule } from '../types';

// Tuning: Netflix's minimum is 5/6 s (20 frames at 24 fps, 25 at 30 fps): anything shorter flashes by unread.
const MIN_SECONDS = 0.833;

const options = z.strictObject({
  minSeconds: z.number().min(0).default(MIN_SECONDS),
});

/** Every caption stays on screen at least minSeconds. */
export const captionMinDuration = defineRule({
  id: 'caption-min-duration',
  severity: 'warning',
  description: 'Captions stay up at least 5/6 s',
  options,
  check: eachCue(({ cue, track, options: o }) => {
    const seconds = cue.durationInFrames / track.fps;
    if (seconds >= o.minSeconds - 1e-9) return [];
    return [
      {
        ...cueAt(cue, track.fps),
        message: `${cueName(cue, track)} is on screen for ${formatSeconds(seconds)}, less than ${formatSeconds(o.minSeconds)}`,
        fix: cueFix(cue, track, { script: `Keep it up longer: caption.extendInSeconds: ${tenthsUp(o.minSeconds - seconds)}`, file: `Give it at least ${formatSeconds(o.minSeconds)}` }),
      },
    ];
  }),
});
