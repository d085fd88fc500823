import type { ResolvedEpisode } from '../../timeline';
import { MIN_GAP_FRAMES } from '../constants';
import { phraseFlags } from '../phrase';
import { secondsToNearestFrames } from '../time';
import type { DraftCue } from '../types';
import { splitWords } from '../words';
import { partFrames, splitRanges } from './split-line';

/** A line's caption span after its shift and extend overrides, in episode frames. */
export const lineSpan = ({ episode, beatIndex, lineIndex }: { episode: ResolvedEpisode; beatIndex: number; lineIndex: number }): { from: number; duration: number } | null => {
  const beat = episode.beats[beatIndex];
  const timed = beat?.lines[lineIndex];
  if (!beat || !timed) return null;
  const caption = timed.line.caption;
  return {
    from: beat.fromInFrames + timed.fromInFrames + secondsToNearestFrames(caption?.shiftInSeconds ?? 0, episode.fps),
    duration: timed.durationInFrames + secondsToNearestFrames(caption?.extendInSeconds ?? 0, episode.fps),
  };
};

/**
 * The caption cues of an episode from its script: one per dialogue line where the timeline placed it (reading speed,
 * or a line's recording), moved by its shift and extend overrides, cut at its splitAfter words.
 * Expects an episode whose overrides passed checkCaptionOverrides.
 */
export const scriptCues = (episode: ResolvedEpisode): DraftCue[] =>
  episode.beats.flatMap((beat, beatIndex) =>
    beat.lines.flatMap((timed, lineIndex): DraftCue[] => {
      const span = lineSpan({ episode, beatIndex, lineIndex });
      const words = splitWords(timed.line.text);
      const split = splitRanges(words, timed.line.caption?.splitAfter);
      if (!span || !('ranges' in split)) return [];
      const emphasis = phraseFlags(words, timed.line.caption?.emphasis);
      const texts = split.ranges.map(([a, b]) => words.slice(a, b).join(' '));
      const frames = partFrames({ lengths: texts.map((t) => t.length), durationInFrames: span.duration, gapInFrames: MIN_GAP_FRAMES });
      return split.ranges.map(([a, b], part) => ({
        text: texts[part] ?? '',
        fromInFrames: span.from + (frames[part]?.from ?? 0),
        durationInFrames: frames[part]?.duration ?? span.duration,
        emphasis: emphasis.slice(a, b),
        speakerId: timed.line.speaker,
        origin: { beatIndex, lineIndex, part, parts: split.ranges.length },
        fileLine: null,
      }));
    }),
  );
