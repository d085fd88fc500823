import type { DuckSettings } from '../schema';

/** A stretch of speech on the episode timeline, [from, to) in frames. */
export type SpeechRange = readonly [number, number];

/**
 * How deep the music is ducked at a frame, from 0 (not at all) to 1 (the full depth): it starts going down
 * `attack` before a line so the dip is complete when the words start, and comes back over `release` after it.
 */
export const duckAmount = ({ frame, speech, attackInFrames, releaseInFrames }: { frame: number; speech: readonly SpeechRange[]; attackInFrames: number; releaseInFrames: number }): number => {
  let amount = 0;
  for (const [from, to] of speech) {
    if (frame >= from && frame < to) return 1;
    if (frame < from && frame >= from - attackInFrames) amount = Math.max(amount, 1 - (from - frame) / Math.max(1, attackInFrames));
    if (frame >= to && frame < to + releaseInFrames) amount = Math.max(amount, 1 - (frame - to + 1) / Math.max(1, releaseInFrames));
  }
  return amount;
};

/** The music's level in dB at a frame: its bed level, lowered by the duck depth under speech. */
export const duckedDb = ({ frame, speech, volumeDb, duck, fps }: { frame: number; speech: readonly SpeechRange[]; volumeDb: number; duck: DuckSettings; fps: number }): number =>
  volumeDb - duck.depthDb * duckAmount({ frame, speech, attackInFrames: Math.round(duck.attackSeconds * fps), releaseInFrames: Math.round(duck.releaseSeconds * fps) });
