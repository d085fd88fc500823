import { MIN_GAP_FRAMES } from '../constants';

/** What clampOverlaps did to a cue: cut it short before the next one, or merged the next one into it. */
export type OverlapRepair = { readonly kind: 'cut' | 'merged'; readonly index: number; readonly nextIndex: number; readonly overlapInFrames: number };

type Timed = { readonly fromInFrames: number; readonly durationInFrames: number };

/**
 * Ends each cue MIN_GAP_FRAMES before the next one starts when the two overlap, so burned-in captions never stack.
 * A cue that would keep less than one frame is merged with the next instead (two speakers at once show together).
 * Cues must be sorted by start; `merge` joins two cues into one that spans both.
 */
export const clampOverlaps = <T extends Timed>({ cues, merge }: { cues: readonly T[]; merge: (a: T, b: T) => T }): { cues: T[]; repairs: OverlapRepair[] } => {
  const out: T[] = [];
  const repairs: OverlapRepair[] = [];
  const indexes: number[] = [];
  cues.forEach((cue, i) => {
    const last = out.at(-1);
    const lastIndex = indexes.at(-1) ?? 0;
    const overlap = last ? last.fromInFrames + last.durationInFrames - cue.fromInFrames : 0;
    if (!last || overlap <= 0) {
      out.push(cue);
      indexes.push(i);
      return;
    }
    const kept = cue.fromInFrames - MIN_GAP_FRAMES - last.fromInFrames;
    if (kept >= 1) {
      out[out.length - 1] = { ...last, durationInFrames: kept };
      out.push(cue);
      indexes.push(i);
      repairs.push({ kind: 'cut', index: lastIndex, nextIndex: i, overlapInFrames: overlap });
      return;
    }
    out[out.length - 1] = merge(last, cue);
    repairs.push({ kind: 'merged', index: lastIndex, nextIndex: i, overlapInFrames: overlap });
  });
  return { cues: out, repairs };
};
