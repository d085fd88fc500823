import { formatTimestamp } from '../parse/timestamp';
import type { CaptionTrack } from '../types';
import { cueCaptions } from './srt';

// WebVTT reserves "&" and "<" for entities and tags; "-->" would read as a time line.
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/-->/g, '--&gt;');

/** The track as a WebVTT file: the WEBVTT header, then one cue per caption with dot-millisecond times. */
export const trackToVtt = (track: CaptionTrack): string => {
  const cues = cueCaptions(track).map((c) => `${formatTimestamp(c.startMs, 'vtt')} --> ${formatTimestamp(c.endMs, 'vtt')}\n${escape(c.text)}`);
  return `WEBVTT\n\n${cues.map((cue) => `${cue}\n\n`).join('')}`;
};
