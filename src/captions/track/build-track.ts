import type { ResolvedEpisode } from '../../timeline';
import { MIN_GAP_FRAMES } from '../constants';
import { scriptCues } from '../model/script-cues';
import { parseSubtitles } from '../parse/parse-subtitles';
import { framesAsSeconds } from '../time';
import type { CaptionCue, CaptionNote, CaptionTrack, DraftCue } from '../types';
import { splitWords, timeWords } from '../words';
import { clampOverlaps, type OverlapRepair } from './clamp-overlaps';
import { frameCues } from './frame-cues';
import { importedCues } from './imported-cues';

/** A subtitle file's text and its name as users see it (e.g. "public/the-stolen-design/e02.srt"). */
export type CaptionFile = { readonly path: string; readonly text: string };

/** An episode's caption track, the errors that stop it from being built, and the warnings about what was repaired. */
export type TrackResult = { readonly track: CaptionTrack; readonly errors: readonly CaptionNote[]; readonly warnings: readonly CaptionNote[] };

const merge = (a: DraftCue, b: DraftCue): DraftCue => ({
  ...a,
  text: `${a.text}\n${b.text}`,
  durationInFrames: Math.max(a.fromInFrames + a.durationInFrames, b.fromInFrames + b.durationInFrames) - a.fromInFrames,
  emphasis: [...a.emphasis, ...b.emphasis],
});

const finish = (draft: DraftCue): CaptionCue => {
  const { emphasis, ...cue } = draft;
  return { ...cue, words: timeWords({ words: splitWords(draft.text), fromInFrames: draft.fromInFrames, durationInFrames: draft.durationInFrames, emphasis }) };
};

const overlapNote = (repair: OverlapRepair, cues: readonly DraftCue[], fps: number): CaptionNote => {
  const a = cues[repair.index];
  const b = cues[repair.nextIndex];
  const by = framesAsSeconds(repair.overlapInFrames, fps);
  const origin = a?.origin;
  const where = a?.fileLine != null ? { fileLine: a.fileLine, path: null } : { fileLine: null, path: origin ? ['beats', origin.beatIndex, 'dialogue', origin.lineIndex] : null };
  const next = b?.fileLine != null ? ` (line ${b.fileLine})` : '';
  const fix = a?.fileLine != null ? 'Fix the times in the file' : 'Shift or extend the captions less';
  const message =
    repair.kind === 'cut'
      ? `the cue overlaps the next one${next} by ${by}; it now ends ${MIN_GAP_FRAMES} frames before the next one starts`
      : `the cue starts together with the next one${next}; the two are shown as one`;
  return { ...where, atFrame: a?.fromInFrames ?? null, message, fix };
};

/**
 * Builds an episode's caption track: from its script by default, or from its subtitle file when episode.captions.src
 * names one (pass the file's text; the caller reads it, so this stays pure). Overlapping cues are cut to a
 * MIN_GAP_FRAMES gap, then each cue's words are timed by length.
 */
export const buildCaptionTrack = ({ episode, file }: { episode: ResolvedEpisode; file: CaptionFile | null }): TrackResult => {
  const src = episode.episode.captions?.src;
  const empty: CaptionTrack = { fps: episode.fps, cues: [], file: file?.path ?? null };
  let drafts: DraftCue[];
  const warnings: CaptionNote[] = [];
  if (src !== undefined) {
    if (!file) return { track: empty, errors: [{ fileLine: null, path: ['captions', 'src'], atFrame: null, message: `names ${src}, which was not read`, fix: 'Read the file with readCaptionFile before building the track' }], warnings: [] };
    const parsed = parseSubtitles({ text: file.text, expected: /\.vtt$/i.test(src) ? 'vtt' : 'srt' });
    if (parsed.errors.length > 0) return { track: empty, errors: parsed.errors, warnings: parsed.warnings };
    const framed = frameCues({ cues: parsed.cues, fps: episode.fps, format: parsed.format, episodeFrames: episode.durationInFrames });
    const imported = importedCues({ episode, cues: framed.cues, file: file.path });
    warnings.push(...parsed.warnings, ...framed.warnings, ...imported.warnings);
    drafts = imported.cues;
  } else {
    drafts = scriptCues(episode).sort((a, b) => a.fromInFrames - b.fromInFrames);
  }
  const clamped = clampOverlaps({ cues: drafts, merge });
  warnings.push(...clamped.repairs.map((repair) => overlapNote(repair, drafts, episode.fps)));
  return { track: { ...empty, file: src === undefined ? null : (file?.path ?? null), cues: clamped.cues.map(finish) }, errors: [], warnings };
};
