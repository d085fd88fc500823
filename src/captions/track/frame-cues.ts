import { readingSeconds, secondsToFrames } from '../../timeline';
import type { ImportedCue } from '../parse/parse-subtitles';
import { formatTimestamp, type SubtitleFormat } from '../parse/timestamp';
import { framesAsSeconds, msToFrame } from '../time';
import { fileNote, type CaptionNote } from '../types';

/** An imported cue on the frame grid, before it is matched to the script. */
export type FramedCue = { readonly fileLine: number; readonly fromInFrames: number; readonly durationInFrames: number; readonly text: string };

const secondsText = framesAsSeconds;

/**
 * Puts imported cues on the episode's frames: each time to the nearest frame, cues in time order, a cue that ends
 * before (or when) it starts given its reading time, a cue after the episode dropped, one running past it cut there.
 */
export const frameCues = ({ cues, fps, format, episodeFrames }: { cues: readonly ImportedCue[]; fps: number; format: SubtitleFormat; episodeFrames: number }): { cues: FramedCue[]; warnings: CaptionNote[] } => {
  const warnings: CaptionNote[] = [];
  const framed = cues.map((cue): FramedCue => {
    const from = msToFrame(cue.startMs, fps);
    const end = msToFrame(cue.endMs, fps);
    if (end > from) return { fileLine: cue.fileLine, fromInFrames: from, durationInFrames: end - from, text: cue.text };
    const duration = secondsToFrames(readingSeconds(cue.text), fps);
    const times = `${formatTimestamp(cue.startMs, format)} --> ${formatTimestamp(cue.endMs, format)}`;
    const how = cue.endMs < cue.startMs ? 'ends before it starts' : cue.endMs === cue.startMs ? 'ends when it starts' : 'is shorter than one frame';
    warnings.push(fileNote(cue.fileLine, `the cue ${how} (${times}); it now lasts its reading time, ${secondsText(duration, fps)}`, 'Fix its end time in the file'));
    return { fileLine: cue.fileLine, fromInFrames: from, durationInFrames: duration, text: cue.text };
  });
  const sorted = [...framed].sort((a, b) => a.fromInFrames - b.fromInFrames);
  const firstMoved = sorted.find((cue, i) => cue !== framed[i]);
  if (firstMoved) warnings.push(fileNote(firstMoved.fileLine, 'the cues are not in time order; sorted by start time', 'Put the cues in the order they are spoken'));
  const kept = sorted.flatMap((cue): FramedCue[] => {
    const at = `${secondsText(cue.fromInFrames, fps)}`;
    if (cue.fromInFrames >= episodeFrames) {
      warnings.push(fileNote(cue.fileLine, `the cue starts at ${at}, after the episode ends at ${secondsText(episodeFrames, fps)}; dropped`, 'Remove it, or check that the file belongs to this episode'));
      return [];
    }
    if (cue.fromInFrames + cue.durationInFrames <= episodeFrames) return [cue];
    warnings.push(fileNote(cue.fileLine, `the cue runs past the end of the episode at ${secondsText(episodeFrames, fps)}; cut there`, 'End it before the episode ends'));
    return [{ ...cue, durationInFrames: episodeFrames - cue.fromInFrames }];
  });
  return { cues: kept, warnings };
};
