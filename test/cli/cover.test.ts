import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli';

// A one-beat cliffhanger episode (86 frames) of the tiny fixture series, as a JSON job.
const JOB = path.join(ROOT, 'test/fixtures/publish/cliff-job.json');
const ACCENT: readonly number[] = [0xe6, 0x39, 0x46];
const TEXT: readonly number[] = [0xf5, 0xf1, 0xea];
// Each test renders through the real CLI (bundle, browser, one frame): about 20 s on an idle 2-core machine.
const LONG = 300_000;

const run = promisify(execFile);

/** A JPEG as RGBA pixels, decoded by Debian's ffmpeg (asynchronously, so the test worker stays responsive). */
const pixels = async (file: string): Promise<PNG> =>
  PNG.sync.read((await run('ffmpeg', ['-v', 'error', '-i', file, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-'], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })).stdout);

const countNear = (png: PNG, rect: { x: number; y: number; w: number; h: number }, rgb: readonly number[], tolerance = 40): number => {
  let n = 0;
  for (let y = rect.y; y < rect.y + rect.h; y++) {
    for (let x = rect.x; x < rect.x + rect.w; x++) {
      const i = (y * png.width + x) * 4;
      if (rgb.every((v, k) => Math.abs((png.data[i + k] ?? 0) - v) <= tolerance)) n++;
    }
  }
  return n;
};

describe('cliffhanger cover', () => {
  it('renders the series template as a 1080x1920 JPEG: badge at the top of the grid crop, title and conflict line above its bottom', { timeout: LONG }, async () => {
    const out = path.join(tempDir(), 'cover.jpg');
    expect(await runCli(['cover', JOB, '--out', out])).toEqual({ code: 0, stdout: `Wrote the cover of tiny-drama-e03 to ${out}\n`, stderr: '' });
    expect(JSON.parse((await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,width,height', '-of', 'json', out])).stdout).streams).toEqual([{ codec_name: 'mjpeg', width: 1080, height: 1920 }]);
    const png = await pixels(out);
    expect(countNear(png, { x: 80, y: 320, w: 60, h: 70 }, ACCENT)).toBeGreaterThan(1800);
    // "TINY" / "DRAMA" in 190 px capitals (y 1008–1369), the rule, then the two-line conflict line ending at y 1608.
    expect(countNear(png, { x: 72, y: 1010, w: 936, h: 360 }, TEXT)).toBeGreaterThan(40_000);
    expect(countNear(png, { x: 72, y: 1449, w: 936, h: 159 }, TEXT)).toBeGreaterThan(5_000);
    expect(countNear(png, { x: 72, y: 1680, w: 936, h: 240 }, TEXT)).toBe(0);
  });

  it('refuses an output that is not a JPEG, before rendering', async () => {
    expect(await runCli(['cover', JOB, '--out', 'cover.png'])).toEqual({
      code: 1,
      stdout: '',
      stderr: '--out: must name a .jpg file (covers are JPEG), but got "cover.png". Use e.g. --out cover.jpg\n\n1 problem found; nothing was written.\n',
    });
  });
});

describe('the end card\'s next-episode pointer', () => {
  const POINTER = { x: 330, y: 1090, w: 310, h: 100 };
  const lastFrame = async (job: string): Promise<PNG> => {
    const out = path.join(tempDir(), 'end.png');
    expect((await runCli(['still', job, '--frame', '85', '--out', out])).code).toBe(0);
    return PNG.sync.read(readFileSync(out));
  };

  it('points at the next part under the teaser', { timeout: LONG }, async () => {
    expect(countNear(await lastFrame(JOB), POINTER, ACCENT)).toBeGreaterThan(1500);
  });

  it('is gone when the episode turns it off', { timeout: LONG }, async () => {
    const off = JSON.parse(readFileSync(JOB, 'utf8')) as { episode: { packaging: Record<string, unknown> } };
    off.episode.packaging['nextPointer'] = false;
    const file = path.join(tempDir(), 'no-pointer.json');
    writeFileSync(file, JSON.stringify(off));
    expect(countNear(await lastFrame(file), POINTER, ACCENT)).toBe(0);
  });
});
