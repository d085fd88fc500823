import { z } from 'zod';
import { cueAt, cueFix, cueName, eachCue } from '../caption-cues';
import { defineRule } from '../types';

// Tuning: Netflix leaves at least 2 frames between captions so the eye sees that a new one came up.
const MIN_FRAMES = 2;

const options = z.strictObject({
  minFrames: z.number().int().min(0).default(MIN_FRAMES).describe('Frames between the end of a caption and the start of the next'),
});

/** Between two captions there are at least minFrames frames (overlaps are already cut to 2 frames when the track is built). */
export const captionGap = defineRule({
  id: 'caption-gap',
  severity: 'warning',
  description: 'At least 2 frames between one caption and the next',
  options,
  check: eachCue(({ cue, previous, track, options: o }) => {
    if (!previous) return [];
    const gap = cue.fromInFrames - (previous.fromInFrames + previous.durationInFrames);
    if (gap >= o.minFrames) return [];
    const shift = Math.ceil(((o.minFrames - gap) / track.fps) * 100) / 100;
    return [
      {
        ...cueAt(cue, track.fps),
        message: `${cueName(cue, track)} starts ${gap} frame${gap === 1 ? '' : 's'} after the caption before it ends, less than ${o.minFrames}`,
        fix: cueFix(cue, track, { script: `Start it later (caption.shiftInSeconds: ${shift}) or end the one before sooner`, file: `Leave ${o.minFrames} frames before it` }),
      },
    ];
  }),
});
