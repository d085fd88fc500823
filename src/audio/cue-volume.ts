import type { DuckSettings } from '../schema';
import { duckedDb, type SpeechRange } from './ducking';
import { dbToGain } from './levels';

/** How a cue's volume moves: a constant level with short fades at its edges, or a music bed ducked under speech. */
export type CueVolume =
  | { readonly kind: 'level'; readonly db: number; readonly fadeInFrames: number; readonly fadeOutFrames: number }
  | { readonly kind: 'music'; readonly db: number; readonly duck: DuckSettings; readonly speech: readonly SpeechRange[]; readonly fadeInFrames: number; readonly fadeOutFrames: number };

const fade = ({ frame, durationInFrames, fadeInFrames, fadeOutFrames }: { frame: number; durationInFrames: number; fadeInFrames: number; fadeOutFrames: number }): number => {
  const fadeIn = fadeInFrames > 0 ? Math.min(1, (frame + 1) / fadeInFrames) : 1;
  const fadeOut = fadeOutFrames > 0 ? Math.min(1, (durationInFrames - frame) / fadeOutFrames) : 1;
  return Math.max(0, Math.min(fadeIn, fadeOut));
};

/** A cue's linear volume at a frame counted from the cue's start (as Remotion's volume callback passes it). */
export const cueVolumeAt = ({ volume, frame, fromInFrames, durationInFrames, fps }: { volume: CueVolume; frame: number; fromInFrames: number; durationInFrames: number; fps: number }): number => {
  const edge = fade({ frame, durationInFrames, fadeInFrames: volume.fadeInFrames, fadeOutFrames: volume.fadeOutFrames });
  const db = volume.kind === 'music' ? duckedDb({ frame: frame + fromInFrames, speech: volume.speech, volumeDb: volume.db, duck: volume.duck, fps }) : volume.db;
  return dbToGain(db) * edge;
};
