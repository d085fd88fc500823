import type { BeatStatus } from './beat-status';

/** Counts of beats by state; "ready" beats render final: their own media, or an insert drawn in code. */
export type StatusCounts = {
  readonly beats: number;
  readonly media: number;
  readonly drawnInserts: number;
  readonly animatic: number;
  readonly missingMedia: number;
  readonly ready: number;
  /** Ready beats in percent of all beats, rounded to a whole number; 0 when there are no beats. */
  readonly readyPercent: number;
};

/** Counts beats by state. */
export const summarize = (beats: readonly BeatStatus[]): StatusCounts => {
  const count = (state: BeatStatus['state']) => beats.filter((b) => b.state === state).length;
  const media = count('media');
  const drawnInserts = count('drawn-insert');
  const ready = media + drawnInserts;
  return {
    beats: beats.length,
    media,
    drawnInserts,
    animatic: count('animatic'),
    missingMedia: count('missing-media'),
    ready,
    readyPercent: beats.length === 0 ? 0 : Math.round((ready / beats.length) * 100),
  };
};
