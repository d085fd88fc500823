import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Frames sampled for the fidelity table; the minimum over every frame is reported beside them. */
export const SAMPLED_FRAMES = 24;

/** PSNR of every frame of `test` against `reference` (Debian's ffmpeg: Remotion's has no psnr filter), in dB; Infinity when identical. */
export const psnrPerFrame = ({ test, reference, fromFrame, toFrame }: { test: string; reference: string; fromFrame?: number; toFrame?: number }): number[] => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-psnr-'));
  try {
    const stats = path.join(dir, 'psnr.log');
    // Only part of `test` is compared when a range is given: the reference then holds just those frames.
    const trim = fromFrame === undefined ? '' : `trim=start_frame=${fromFrame}:end_frame=${(toFrame ?? fromFrame) + 1},`;
    const filter = `[0:v]${trim}setpts=PTS-STARTPTS[t];[1:v]setpts=PTS-STARTPTS[r];[t][r]psnr=stats_file=${stats}`;
    const result = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-i', test, '-i', reference, '-lavfi', filter, '-f', 'null', '-'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`ffmpeg psnr failed: ${result.stderr}`);
    return readFileSync(stats, 'utf8')
      .split('\n')
      .map((line) => /psnr_avg:(\S+)/.exec(line)?.[1])
      .filter((v): v is string => v !== undefined)
      .map((v) => (v === 'inf' ? Infinity : Number(v)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Evenly spaced frame indices (first and last included) for a fidelity sample. */
export const sampleIndices = (count: number, samples = SAMPLED_FRAMES): number[] =>
  count <= samples ? [...Array(count).keys()] : [...Array(samples).keys()].map((i) => Math.round((i * (count - 1)) / (samples - 1)));

/** Min, median and max of a sample of PSNR values. */
export const summarise = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? NaN, median: sorted[Math.floor(sorted.length / 2)] ?? NaN, max: sorted[sorted.length - 1] ?? NaN, count: sorted.length };
};
