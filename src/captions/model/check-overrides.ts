import type { EpisodeJob } from '../../schema';
import { didYouMean, type FieldPath, type FieldProblem } from '../../errors';
import { resolveEpisode } from '../../timeline';
import { findPhrase, normalizeWord } from '../phrase';
import { secondsToNearestFrames } from '../time';
import { splitWords } from '../words';
import { lineSpan } from './script-cues';
import { splitRanges } from './split-line';

const seconds = (frames: number, fps: number): string => `${Number((frames / fps).toFixed(2))} s`;

/**
 * Per-line caption overrides that cannot work: an emphasis or splitAfter word the line does not have, a split after
 * the last word, a shift or extend that moves the caption off the episode or leaves it no frames. Paths start at the job.
 */
export const checkCaptionOverrides = (job: EpisodeJob): FieldProblem[] => {
  const episode = resolveEpisode(job);
  return episode.beats.flatMap((beat, b) =>
    beat.lines.flatMap((timed, l): FieldProblem[] => {
      const caption = timed.line.caption;
      if (!caption) return [];
      const at = (...rest: PropertyKey[]): FieldPath => ['episode', 'beats', b, 'dialogue', l, 'caption', ...rest];
      const words = splitWords(timed.line.text);
      // Suggestions are words as findPhrase compares them: "files" for "files.".
      const candidates = [...new Set(words.map(normalizeWord))].filter(Boolean);
      const quoted = `("${timed.line.text}")`;
      const problems: FieldProblem[] = [];
      if (caption.emphasis !== undefined && !findPhrase({ words, phrase: caption.emphasis })) {
        problems.push({ path: at('emphasis'), message: `must be a word or phrase of the line ${quoted}, but got "${caption.emphasis}"`, fix: didYouMean(caption.emphasis, candidates) ?? 'Copy the word from the line' });
      }
      const split = splitRanges(words, caption.splitAfter);
      if ('badIndex' in split) {
        const phrase = caption.splitAfter?.[split.badIndex] ?? '';
        problems.push(
          split.reason === 'last-word'
            ? { path: at('splitAfter', split.badIndex), message: `splits after "${phrase}", the end of the line, which leaves the next caption empty`, fix: 'Split after an earlier word, or remove the entry' }
            : { path: at('splitAfter', split.badIndex), message: `must be a word or phrase of the line ${quoted}${split.badIndex > 0 ? ' after the previous split' : ''}, but got "${phrase}"`, fix: didYouMean(phrase, candidates) ?? 'Copy the word from the line; list splits in the order they occur' },
        );
      }
      const span = lineSpan({ episode, beatIndex: b, lineIndex: l });
      const parts = 'ranges' in split ? split.ranges.length : 1;
      if (!span) return problems;
      if (span.from < 0) {
        const unshifted = span.from - secondsToNearestFrames(caption.shiftInSeconds ?? 0, episode.fps);
        problems.push({ path: at('shiftInSeconds'), message: `moves the caption to start at ${seconds(span.from, episode.fps)}, before the episode starts`, fix: `Use a shift of at least -${seconds(unshifted, episode.fps)}` });
      } else if (span.from + span.duration > episode.durationInFrames) {
        const field = caption.extendInSeconds !== undefined ? 'extendInSeconds' : 'shiftInSeconds';
        problems.push({ path: at(field), message: `keeps the caption up until ${seconds(span.from + span.duration, episode.fps)}, after the episode ends at ${seconds(episode.durationInFrames, episode.fps)}`, fix: 'Shift or extend it less, or give the last beat more time' });
      }
      if (span.duration < parts) {
        problems.push({ path: at('extendInSeconds'), message: `leaves the caption ${span.duration} frame${span.duration === 1 ? '' : 's'}, too few to show ${parts === 1 ? 'it' : `its ${parts} parts`}`, fix: 'Shorten it less' });
      }
      return problems;
    }),
  );
};
