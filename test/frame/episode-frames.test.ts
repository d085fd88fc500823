import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIA_FILES } from '../fixtures/animatic-series';
import { count, countWhere, near, pixel, startFrameRenderer, type FrameRenderer, type Rect, type Rgb } from './harness';

// Frames of test/fixtures/animatic-series.ts (see resolveEpisode): beat "three" starts at 54 and
// its line runs from beat frame 11 for 156 frames (episode frames 65–220); the "still" beat runs
// 468–533; the end card of beat "end" (from 593) comes up at beat frame 11 (episode frame 604).
const FIXTURE_ACCENT: Rgb = [0x22, 0xd3, 0xee];
const DEFAULT_ACCENT: Rgb = [0xe6, 0x39, 0x46];
const TEXT: Rgb = [0xf5, 0xf1, 0xea];

let frames: FrameRenderer;
let publicDir = '';

/** A 1600x1200 test card with an orange disc (the "face") at 30 %, 30 %. */
const writeTestCard = (file: string): void => {
  const png = new PNG({ width: 1600, height: 1200 });
  for (let y = 0; y < 1200; y++) {
    for (let x = 0; x < 1600; x++) {
      const i = (y * 1600 + x) * 4;
      const face = (x - 480) ** 2 + (y - 360) ** 2 < 160 ** 2;
      png.data.set(face ? [240, 180, 60, 255] : [40, 60, 120, 255], i);
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, PNG.sync.write(png));
};

const frameOf = (id: string, frame: number) => frames.frameOf(id, frame);

/** Cyan at any opacity over the fixture's dark set: nothing else in the opening shot is. */
const cyanish = ([r, g, b]: Rgb): boolean => g > r + 60 && b > r + 60;

const LINE_BAND: Rect = { x: 90, y: 1150, w: 810, h: 270 };
const HOOK_BAND: Rect = { x: 90, y: 280, w: 810, h: 400 };
const CARD_BAND: Rect = { x: 90, y: 400, w: 810, h: 900 };

beforeAll(async () => {
  publicDir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-frames-'));
  writeTestCard(path.join(publicDir, MEDIA_FILES.still));
  // The clip beat names a clip too; while a named file is missing, the episode plays its problems notice instead.
  execFileSync('bash', ['scripts/make-fixtures.sh', 'test', path.join(publicDir, 'fx')]);
  copyFileSync(path.join(publicDir, 'fx/clip-16x9.mp4'), path.join(publicDir, MEDIA_FILES.clip));
  frames = await startFrameRenderer({ entry: 'test/fixtures/remotion-entry.tsx', publicDir });
});

afterAll(async () => {
  await frames?.close();
  if (publicDir) rmSync(publicDir, { recursive: true, force: true });
});

describe('episode frames', () => {
  it('shows the hook text from the first frame (a likely cover) and lands it by frame 6, the writer’s capitals in the accent', async () => {
    expect(countWhere(await frameOf('animatic-fixture-e01', 0), HOOK_BAND, cyanish)).toBeGreaterThan(1000);
    expect(count(await frameOf('animatic-fixture-e01', 6), HOOK_BAND, FIXTURE_ACCENT)).toBeGreaterThan(2000);
  });

  it('shows a dialogue line exactly on its frames', async () => {
    const visible = await Promise.all([64, 65, 220, 221].map(async (f) => count(await frameOf('animatic-fixture-e01', f), LINE_BAND, TEXT) > 3000));
    expect(visible).toEqual([false, true, true, false]);
  });

  it('keeps a still’s focal point in frame: the disc at 30 %, 30 % lands in the middle of the safe area across, 30 % down (x 482, y 576)', async () => {
    const png = await frameOf('animatic-fixture-e01', 480);
    expect(near(pixel(png, 482, 576), [240, 180, 60])).toBe(true);
    expect([near(pixel(png, 150, 576), [40, 60, 120]), near(pixel(png, 900, 576), [40, 60, 120])]).toEqual([true, true]);
  });

  it('brings up the end card at its frame', async () => {
    expect(count(await frameOf('animatic-fixture-e01', 603), CARD_BAND, FIXTURE_ACCENT)).toBe(0);
    expect(count(await frameOf('animatic-fixture-e01', 640), CARD_BAND, FIXTURE_ACCENT)).toBeGreaterThan(2000);
  });

  it('plays an in-video notice when the props are invalid', async () => {
    const png = await frameOf('animatic-fixture-e02', 0);
    expect(count(png, { x: 90, y: 270, w: 120, h: 12 }, DEFAULT_ACCENT)).toBeGreaterThan(300);
  });
});
