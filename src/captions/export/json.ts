import type { Caption } from '@remotion/captions';
import { frameToMs } from '../time';
import type { CaptionTrack } from '../types';

/**
 * The track as Remotion's Caption[], one caption per word: every word but a cue's first starts with a space (so
 * createTikTokStyleCaptions can start a page there) and a cue's last word has pageBreakAfter (so pages and SRT cues
 * never span two cues). confidence is null: word times are spread by length, not heard.
 */
export const trackToCaptions = (track: CaptionTrack): Caption[] =>
  track.cues.flatMap((cue) =>
    cue.words.map((word, i): Caption => {
      const startMs = frameToMs(word.fromInFrames, track.fps);
      const endMs = frameToMs(word.fromInFrames + word.durationInFrames, track.fps);
      const caption: Caption = { text: i === 0 ? word.text : ` ${word.text}`, startMs, endMs, timestampMs: Math.round((startMs + endMs) / 2), confidence: null };
      return i === cue.words.length - 1 ? { ...caption, pageBreakAfter: true } : caption;
    }),
  );

/** The track as JSON: Remotion's Caption[], pretty-printed. */
export const trackToJson = (track: CaptionTrack): string => `${JSON.stringify(trackToCaptions(track), null, 2)}\n`;
