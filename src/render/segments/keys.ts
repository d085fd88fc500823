import type { EpisodeJob } from '../../schema';
import type { ResolvedBeat, ResolvedEpisode } from '../../timeline';
import type { EpisodeAssets } from '../../media/assets';
import { cueAt, type CaptionCue } from '../../captions';
import { hashOf } from './hash';
import { namedFiles, type FileHasher } from './named-files';
import type { Segment } from './plan';
import { withoutWords } from './words';

/** Bump when the cache's layout or the meaning of a key changes, so old entries are never read as new ones. */
export const CACHE_FORMAT = 3;

/** What a segment's or the sound's pixels and samples can depend on, beyond the segment itself. */
export type KeyInputs = {
  /** Hash of the component code, the browser and the encoder settings (codeVersion). */
  readonly codeVersion: string;
  readonly compositionId: string;
  readonly job: EpisodeJob;
  readonly episode: ResolvedEpisode;
  readonly assets: EpisodeAssets;
  /** The caption track's cues, as the composition builds them. */
  readonly cues: readonly CaptionCue[];
  readonly fileHash: FileHasher;
};

/** Where every beat, line, insert item and card sits: any change of timing moves frames, so it is part of every key. */
const timelineOf = (episode: ResolvedEpisode) => ({
  durationInFrames: episode.durationInFrames,
  fps: episode.fps,
  size: [episode.width, episode.height],
  safeArea: episode.safeArea,
  recap: episode.recap,
  beats: episode.beats.map((b) => ({
    from: b.fromInFrames,
    duration: b.durationInFrames,
    transitionIn: b.transitionInFrames,
    lines: b.lines.map((l) => [l.fromInFrames, l.durationInFrames, l.speaker.id]),
    insertTiming: b.insertTiming,
    cardFrom: b.cardFromInFrames,
    needed: b.neededInFrames,
  })),
});

/** Everything outside the beats, and every beat without its words: whatever any layer of any frame may read. */
const contextOf = ({ codeVersion, compositionId, job, episode, fileHash }: KeyInputs) => {
  const { beats: _beats, ...episodeFields } = episode.episode;
  return {
    format: CACHE_FORMAT,
    codeVersion,
    compositionId,
    series: episode.series,
    episode: withoutWords(episode.episode),
    previous: job.previous ?? null,
    preview: job.preview ?? null,
    timeline: timelineOf(episode),
    files: namedFiles([episode.series, episodeFields, job.previous ?? null], fileHash),
  };
};

/** The caption cues on screen during a segment, as the caption track picks them frame by frame. */
const cuesDuring = (segment: Segment, cues: readonly CaptionCue[]): CaptionCue[] => {
  const shown = new Set<CaptionCue>();
  for (let f = segment.fromInFrames; f < segment.fromInFrames + segment.durationInFrames; f++) {
    const cue = cueAt(cues, f);
    if (cue) shown.add(cue);
  }
  return [...shown];
};

/** The files a beat shows (its clip or still, an insert's photo), not the recordings of its lines, which are only heard. */
const beatFiles = (beat: ResolvedBeat | undefined, inputs: KeyInputs) => {
  if (!beat) return { picture: null, files: [] };
  const { dialogue: _dialogue, ...drawn } = beat.beat;
  return { picture: inputs.assets.pictures[beat.beat.id] ?? null, files: namedFiles(drawn, inputs.fileHash) };
};

/**
 * The content key of every segment: the episode's context (timeline, series, every beat without its words), the
 * segment's frames, the caption cues on screen during them, and the bytes of the files its beat shows. Pure.
 */
export const segmentKeys = (inputs: KeyInputs, segments: readonly Segment[]): string[] => {
  const context = hashOf(contextOf(inputs));
  return segments.map((segment) => {
    const beat = segment.beatIndex === null ? undefined : inputs.episode.beats[segment.beatIndex];
    return hashOf({ context, segment, cues: cuesDuring(segment, inputs.cues), ...beatFiles(beat, inputs) });
  });
};

/**
 * The content key of the episode's sound: the context, every file it plays (clips, voices, music, effects) with its
 * bytes, and the loudness target of the master. The words are left out: they are heard only through voice files.
 */
export const soundKey = (inputs: KeyInputs, master: unknown): string =>
  hashOf({ kind: 'sound', context: contextOf(inputs), assets: inputs.assets, files: namedFiles([inputs.episode.episode, inputs.assets], inputs.fileHash), master });
