import { bestBreak, buildCaptionTrack, splitWords, type CaptionCue, type CaptionFile, type CaptionTrack, type TrackResult } from '../captions';
import type { ResolvedEpisode } from '../timeline';
import type { EpisodeFinding } from './episode-rule';
import { secondsAt } from './moments';
import type { LintContext, RuleFinding } from './types';

// Tuning: how much of a caption a finding quotes before cutting it with an ellipsis.
const QUOTED_CHARS = 40;

const built = new WeakMap<ResolvedEpisode, Map<CaptionFile | null, TrackResult | null>>();

/** An episode's caption track as lint reads it, built once; null when its subtitle file was not read or cannot be used (validation reports that). */
export const lintTrack = ({ episode, captionFiles }: { episode: ResolvedEpisode; captionFiles?: ReadonlyMap<string, CaptionFile> }): TrackResult | null => {
  const src = episode.episode.captions?.src;
  const file = src === undefined ? null : (captionFiles?.get(episode.id) ?? null);
  const byFile = built.get(episode) ?? new Map<CaptionFile | null, TrackResult | null>();
  built.set(episode, byFile);
  if (!byFile.has(file)) {
    const result = src !== undefined && file === null ? null : buildCaptionTrack({ episode, file });
    byFile.set(file, result && result.errors.length === 0 ? result : null);
  }
  return byFile.get(file) ?? null;
};

/** What a caption rule sees of one cue. */
export type CueCheck<Options> = {
  readonly cue: CaptionCue;
  /** The cue before it, or null for the first. */
  readonly previous: CaptionCue | null;
  readonly track: CaptionTrack;
  readonly episode: ResolvedEpisode;
  readonly options: Options;
};

/** Builds a rule check that looks at every cue of every episode's caption track. */
export const eachCue =
  <Options>(check: (input: CueCheck<Options>) => readonly EpisodeFinding[]) =>
  (context: LintContext<Options>): RuleFinding[] =>
    context.episodes.flatMap((episode) => {
      const track = lintTrack({ episode, captionFiles: context.captionFiles })?.track;
      if (!track) return [];
      return track.cues.flatMap((cue, i) =>
        check({ cue, previous: track.cues[i - 1] ?? null, track, episode, options: context.options }).map((finding) => ({ episodeId: episode.id, ...finding })),
      );
    });

/** Where a finding about a cue points: its dialogue line (beat and line), else the episode's captions.src; and its start. */
export const cueAt = (cue: CaptionCue, fps: number): Pick<EpisodeFinding, 'path' | 'timeInSeconds'> => ({
  path: cue.origin ? ['beats', cue.origin.beatIndex, 'dialogue', cue.origin.lineIndex] : ['captions', 'src'],
  timeInSeconds: secondsAt(cue.fromInFrames, fps),
});

/** How a finding names a cue: `The caption "…"`, with its part of a split line, or its line in the imported file. */
export const cueName = (cue: CaptionCue, track: CaptionTrack): string => {
  const text = cue.text.replace(/\s+/g, ' ');
  const quoted = `"${text.length > QUOTED_CHARS ? `${text.slice(0, QUOTED_CHARS - 1)}…` : text}"`;
  if (cue.fileLine !== null) return `The caption ${quoted} (${track.file ?? 'the file'}, line ${cue.fileLine})`;
  const part = cue.origin && cue.origin.parts > 1 ? ` (part ${cue.origin.part + 1} of ${cue.origin.parts})` : '';
  return `The caption ${quoted}${part}`;
};

/** The fix for a cue: retiming it in its file when it comes from one, else the script fix. */
export const cueFix = (cue: CaptionCue, track: CaptionTrack, { script, file }: { script: string; file: string }): string =>
  cue.fileLine !== null ? `${file} in ${track.file ?? 'the subtitle file'} (line ${cue.fileLine})` : script;

/** The word after which a long cue splits best into two, for a `caption.splitAfter` suggestion; null for a one-word cue. */
export const splitWord = (cue: CaptionCue, maxCharacters: number): string | null => {
  const words = splitWords(cue.text);
  return words.length < 2 ? null : (words[bestBreak(words, maxCharacters) - 1] ?? null);
};

/** Seconds rounded up to a tenth, for suggested overrides that are always enough. */
export const tenthsUp = (seconds: number): number => Math.ceil(seconds * 10 - 1e-9) / 10;
