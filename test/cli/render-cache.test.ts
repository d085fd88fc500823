import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_ASSETS } from '../../src/media/assets';
import type { EpisodeProps } from '../../src/remotion/episode-props';
import { CACHE_FORMAT, planCachedRender } from '../../src/render/segments';
import type { BeatInput } from '../../src/schema';
import { jobInput } from '../fixtures/minimal';
import { greyFrames } from '../render/decode';
import { ROOT, runCli, tempDir, writeJob } from './run-cli';

const FFPROBE = path.join(ROOT, 'node_modules/@remotion/compositor-linux-x64-gnu/ffprobe');
// Tuning: frames are compared at a quarter of their size (enough to see a caption change, small enough to hold in memory).
const COMPARE = { width: 270, height: 480 } as const;
// The fidelity bar: a frame closer than this to the from-scratch render is the same picture.
const SAME_PICTURE_DB = 40;
// Full renders, and one plus two frame-by-frame comparisons: minutes when other renders share the 2 cores.
const SLOW_TEST_MS = 600_000;

const beats = (line: string): BeatInput[] => [
  { type: 'dialogue', id: 'open', shot: { description: 'Maya at the door.' }, dialogue: [{ speaker: 'maya', text: 'Go.' }] },
  { type: 'dialogue', id: 'talk', shot: { description: 'Victor at his desk.' }, dialogue: [{ speaker: 'maya', text: line }, { speaker: 'victor', text: 'Nothing.' }] },
];
const job = (line: string) => jobInput({ beats: beats(line) });
const planOf = (line: string) => planCachedRender({ props: { ...job(line), assets: NO_ASSETS } as EpisodeProps, compositionId: 'cliffhanger-job', codeVersion: 'test', captionFile: null, fileHash: () => null, master: null });

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
const frameCount = (file: string) => Number(execFileSync(FFPROBE, ['-v', 'error', '-select_streams', 'v:0', '-count_packets', '-show_entries', 'stream=nb_read_packets', '-of', 'csv=p=0', file], { encoding: 'utf8' }).trim());

/** PSNR of each frame of `a` against `b`, on grey pictures at the COMPARE size. */
const psnrs = async (a: string, b: string): Promise<number[]> => {
  const [x, y] = await Promise.all([greyFrames(a, COMPARE.width, COMPARE.height), greyFrames(b, COMPARE.width, COMPARE.height)]);
  expect(x.length).toBe(y.length);
  return x.map((frame, i) => {
    const other = y[i] as Uint8Array;
    const mse = frame.reduce((sum, v, j) => sum + (v - (other[j] ?? 0)) ** 2, 0) / frame.length;
    return mse === 0 ? Infinity : 10 * Math.log10(255 ** 2 / mse);
  });
};

describe('cliffhanger render through the segment cache', { timeout: SLOW_TEST_MS }, () => {
  const dir = tempDir();
  const cacheDir = path.join(dir, 'cache');
  const before = planOf('What?');
  const after = planOf('Why?');
  const changed = after.segments.filter((_, i) => after.keys[i] !== before.keys[i]);
  const changedFrames = changed.reduce((n, s) => n + s.durationInFrames, 0);

  it('renders every segment of a new episode and stores them', async () => {
    const out = path.join(dir, 'first.mp4');
    const result = await runCli(['render', writeJob(dir, 'job.json', job('What?')), '--out', out, '--cache-dir', cacheDir, '--no-scratch-voices']);
    // stderr holds only the progress bar (printed every 5 s when it is not a terminal): no warning, no error.
    expect(result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('test-series-e01 |'))).toEqual([]);
    expect(result.stdout).toMatch(new RegExp(`^Rendered ${before.durationInFrames} frames of test-series-e01 to .*first\\.mp4 in [\\d.]+ s \\(0 of ${before.segments.length} segments from the cache; ${before.durationInFrames} frames rendered\\)\\n$`));
    expect(frameCount(out)).toBe(before.durationInFrames);
    expect(filesUnder(path.join(cacheDir, `v${CACHE_FORMAT}`, 'segments')).filter((f) => f.endsWith('.ts'))).toHaveLength(before.segments.length);
  });

  it('after a one-line edit, renders only the frames showing that line and reuses the sound', async () => {
    expect(changed.length).toBeGreaterThan(0);
    expect(changedFrames).toBeLessThan(after.durationInFrames / 2);
    const result = await runCli(['render', writeJob(dir, 'edited.json', job('Why?')), '--out', path.join(dir, 'second.mp4'), '--cache-dir', cacheDir, '--no-scratch-voices']);
    expect(result.stdout).toMatch(new RegExp(`\\(${after.segments.length - changed.length} of ${after.segments.length} segments from the cache, sound from the cache; ${changedFrames} frames rendered\\)\\n$`));
  });

  it('with --no-cache renders from scratch, touching no cache, and matches the cached render on every frame', async () => {
    const cached = filesUnder(cacheDir);
    const out = path.join(dir, 'scratch.mp4');
    const result = await runCli(['render', path.join(dir, 'edited.json'), '--out', out, '--no-cache', '--cache-dir', cacheDir, '--no-scratch-voices']);
    expect(result.stdout).toMatch(new RegExp(`^Rendered ${after.durationInFrames} frames of test-series-e01 to .*scratch\\.mp4 in [\\d.]+ s \\([\\d.]+ frames/s\\)\\n$`));
    expect(filesUnder(cacheDir)).toEqual(cached);
    // No stale pixels: the incremental render is the from-scratch picture on every frame, while the first render
    // (the old line) is not, so the comparison can tell them apart.
    expect(Math.min(...(await psnrs(path.join(dir, 'second.mp4'), out)))).toBeGreaterThan(SAME_PICTURE_DB);
    expect(Math.min(...(await psnrs(path.join(dir, 'first.mp4'), out)))).toBeLessThan(SAME_PICTURE_DB);
  });
});
