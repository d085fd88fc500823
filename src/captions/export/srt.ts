import { serializeSrt, type Caption } from '@remotion/captions';
import { SIDECAR_CHARACTERS_PER_LINE } from '../constants';
import { frameToMs } from '../time';
import type { CaptionTrack } from '../types';
import { cueLines } from './wrap';

/** One Remotion Caption per cue, its text wrapped for a sidecar: what serializeSrt writes as one SRT cue. */
export const cueCaptions = (track: CaptionTrack, maxCharacters = SIDECAR_CHARACTERS_PER_LINE): Caption[] =>
  track.cues.map((cue) => {
    const startMs = frameToMs(cue.fromInFrames, track.fps);
    const endMs = frameToMs(cue.fromInFrames + cue.durationInFrames, track.fps);
    return { text: cueLines(cue.text, maxCharacters).join('\n'), startMs, endMs, timestampMs: startMs, confidence: null };
  });

/** The track as an SRT file (numbered from 1, comma before the milliseconds, lines of at most 32 characters). */
export const trackToSrt = (track: CaptionTrack): string => {
  const body = serializeSrt({ lines: cueCaptions(track).map((caption) => [caption]) });
  return body === '' ? '' : `${body}\n`;
};
