import { buildCaptionTrack, type CaptionFile } from '../../captions';
import { episodeFromProps, type EpisodeProps } from '../../remotion/episode-props';
import { segmentKeys, soundKey } from './keys';
import type { FileHasher } from './named-files';
import { planSegments, type Segment } from './plan';

/** What a cached render of one episode needs: its segments with their keys, and the key of its sound. */
export type SegmentPlan = {
  readonly fps: number;
  readonly durationInFrames: number;
  readonly segments: readonly Segment[];
  readonly keys: readonly string[];
  readonly soundKey: string;
};

/**
 * Plans a cached render from the composition's own props, resolved exactly as the composition resolves them (the
 * same episodeFromProps, the same caption track). Pure: files are seen through `fileHash` and `captionFile`.
 */
export const planCachedRender = ({
  props,
  compositionId,
  codeVersion,
  captionFile,
  fileHash,
  master,
}: {
  props: EpisodeProps;
  compositionId: string;
  codeVersion: string;
  /** The episode's subtitle file, when it names one (read from public/ as the composition fetches it). */
  captionFile: CaptionFile | null;
  fileHash: FileHasher;
  /** How the sound is mastered (the loudness target), part of the sound's key. */
  master: unknown;
}): SegmentPlan => {
  const { check, assets, resolved } = episodeFromProps(props);
  if (!check.job || !resolved) throw new Error(`The props of ${compositionId} are not a valid episode: validate the job before rendering it`);
  const track = buildCaptionTrack({ episode: resolved, file: captionFile });
  if (track.errors.length > 0) throw new Error(`The caption track of ${resolved.id} cannot be built: validate the job before rendering it`);
  const inputs = { codeVersion, compositionId, job: check.job, episode: resolved, assets, cues: track.track.cues, fileHash };
  const segments = planSegments({ episode: resolved, cues: track.track.cues });
  return { fps: resolved.fps, durationInFrames: resolved.durationInFrames, segments, keys: segmentKeys(inputs, segments), soundKey: soundKey(inputs, master) };
};
