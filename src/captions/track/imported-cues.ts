import type { FieldPath } from '../../errors';
import type { ResolvedEpisode } from '../../timeline';
import { phraseFlags } from '../phrase';
import { fileNote, type CaptionNote, type DraftCue } from '../types';
import { splitWords } from '../words';
import { alignCues, type ScriptLine } from './align';
import type { FramedCue } from './frame-cues';

const linePath = (line: ScriptLine): FieldPath => ['beats', line.beatIndex, 'dialogue', line.lineIndex];
const TIMING_OVERRIDES = ['shiftInSeconds', 'extendInSeconds', 'splitAfter'] as const;

/** The script's lines, in order, as alignment reads them. */
const scriptLines = (episode: ResolvedEpisode): (ScriptLine & { emphasis?: string; ignored: string[] })[] =>
  episode.beats.flatMap((beat, beatIndex) =>
    beat.lines.map((timed, lineIndex) => ({
      beatIndex,
      lineIndex,
      speakerId: timed.line.speaker,
      text: timed.line.text,
      emphasis: timed.line.caption?.emphasis,
      ignored: TIMING_OVERRIDES.filter((key) => timed.line.caption?.[key] !== undefined),
    })),
  );

/** Emphasis flags of a cue's words: each line's emphasis phrase, searched among the words that say that line. */
const emphasisOf = ({ words, wordLines, lines }: { words: readonly string[]; wordLines: readonly number[]; lines: readonly { emphasis?: string }[] }): boolean[] => {
  const flags = words.map(() => false);
  for (const l of new Set(wordLines)) {
    const at = wordLines.flatMap((line, k) => (line === l ? [k] : []));
    phraseFlags(at.map((k) => words[k] ?? ''), lines[l]?.emphasis).forEach((on, i) => {
      if (on) flags[at[i] ?? 0] = true;
    });
  }
  return flags;
};

/**
 * Imported cues with what the script knows: each cue's line (its speaker, origin and emphasis), and a warning for
 * every line the file says differently, every line it leaves out, every cue the script does not have, and every
 * timing override the file makes moot.
 */
export const importedCues = ({ episode, cues, file }: { episode: ResolvedEpisode; cues: readonly FramedCue[]; file: string }): { cues: DraftCue[]; warnings: CaptionNote[] } => {
  const lines = scriptLines(episode);
  const { wordLines, cueLines, exact } = alignCues({ cues, lines });
  const warnings: CaptionNote[] = [];
  const drafts = cues.map((cue, c): DraftCue => {
    const line = lines[cueLines[c] ?? -1];
    const sameLine = cueLines.flatMap((l, i) => (l === cueLines[c] ? [i] : []));
    if (!line) warnings.push(fileNote(cue.fileLine, `the cue "${cue.text.replace(/\n/g, ' ')}" matches no line of the script; it is shown without a speaker colour`, 'Check that the file belongs to this episode, or add the line to the script'));
    return {
      text: cue.text,
      fromInFrames: cue.fromInFrames,
      durationInFrames: cue.durationInFrames,
      emphasis: emphasisOf({ words: splitWords(cue.text), wordLines: wordLines[c] ?? [], lines }),
      speakerId: line?.speakerId ?? null,
      origin: line ? { beatIndex: line.beatIndex, lineIndex: line.lineIndex, part: sameLine.indexOf(c), parts: sameLine.length } : null,
      fileLine: cue.fileLine,
    };
  });
  lines.forEach((line, l) => {
    const said = cues.flatMap((cue, c) => splitWords(cue.text).filter((_, k) => wordLines[c]?.[k] === l));
    const firstCue = cues.find((_, c) => wordLines[c]?.includes(l));
    const at = { path: linePath(line), atFrame: firstCue?.fromInFrames ?? null };
    if (!firstCue) {
      warnings.push({ ...at, fileLine: null, message: `the line "${line.text}" is not in ${file}`, fix: 'Add a cue for it to the file, or remove the line from the script' });
    } else if (!exact[l]) {
      warnings.push({ ...at, fileLine: firstCue.fileLine, message: `the line is "${line.text}" in the script but "${said.join(' ')}" in ${file} (line ${firstCue.fileLine})`, fix: 'Make the two agree: the file\'s words are the ones burned in' });
    }
    if (line.ignored.length > 0) {
      warnings.push({ path: [...linePath(line), 'caption'], atFrame: null, fileLine: null, message: `${line.ignored.join(', ')} ${line.ignored.length === 1 ? 'is' : 'are'} ignored: the episode takes its caption timings from ${file}`, fix: 'Retime the cue in the file instead, and remove the override' });
    }
  });
  return { cues: drafts, warnings };
};
