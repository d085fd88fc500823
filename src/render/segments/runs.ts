import type { Segment } from './plan';

/** Consecutive segments the cache lacks, rendered by one renderMedia call (one tab, one encoder) and cut apart after. */
export type Run = { readonly fromInFrames: number; readonly durationInFrames: number; readonly segments: readonly Segment[] };

/** Groups the missing segments into runs of adjacent frames, in order. Pure. */
export const runsOf = (segments: readonly Segment[], missing: readonly boolean[]): Run[] => {
  const runs: Run[] = [];
  segments.forEach((segment, i) => {
    if (!missing[i]) return;
    const last = runs[runs.length - 1];
    if (last && last.fromInFrames + last.durationInFrames === segment.fromInFrames) {
      runs[runs.length - 1] = { ...last, durationInFrames: last.durationInFrames + segment.durationInFrames, segments: [...last.segments, segment] };
    } else {
      runs.push({ fromInFrames: segment.fromInFrames, durationInFrames: segment.durationInFrames, segments: [segment] });
    }
  });
  return runs;
};

/** Frames, counted from a run's first, where its segments after the first start: each must be a keyframe to cut there. */
export const cutsOf = (run: Run): number[] => run.segments.slice(1).map((s) => s.fromInFrames - run.fromInFrames);

/**
 * Adds forced keyframes at the cuts to the ffmpeg call that encodes (the pre-stitcher when Remotion encodes while
 * rendering, else the stitcher), before its output path. Calls that only copy streams are left alone.
 */
export const withKeyframesAt = (args: readonly string[], cuts: readonly number[]): string[] => {
  if (cuts.length === 0 || !args.includes('libx264')) return [...args];
  const expression = `expr:${cuts.map((n) => `eq(n,${n})`).join('+')}`;
  return [...args.slice(0, -1), '-force_key_frames', expression, ...args.slice(-1)];
};
