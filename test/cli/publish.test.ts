import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256File } from '../../src/publish/hashes';
import { mp4Layout } from '../../src/publish/mp4-boxes';
import type { Manifest } from '../../src/publish/manifest';
import { ROOT, runCli, tempDir, type CliResult } from './run-cli';

// Other work on src/ while this file runs would change the code hash and re-render everything: pin it.
const PINNED = { ...process.env, CLIFFHANGER_CODE_VERSION: 'publish-test' };

/** Runs `cliffhanger publish` with the code version pinned. */
const publish = (args: readonly string[]): Promise<CliResult> =>
  new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/cliffhanger.js'), 'publish', ...args], { cwd: ROOT, env: PINNED, timeout: 600_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });

/** What a run printed, without the progress bars (cli-progress draws them on stderr). */
const withoutBars = (text: string): string => text.split('\n').filter((l) => !l.includes('|') && l.trim() !== '').join('\n');
const LONG = 400_000;
/** A step's line without what varies from machine to machine (frame counts stay exact elsewhere; sizes and bitrates vary). */
const elided = (line: string): string => line.replace(/ \((\d+ frames|[\d.]+ MB, \d+ kbps video)\)$/, ' (…)');

// The fixture: two 1-beat episodes of a series with a 1 s recap (e01: 45 frames; e02: 30 recap + 59 = 89 frames),
// published to TikTok and Facebook Reels (one shared encode) and YouTube Shorts (its own: a 15-frame GOP).
const FIXTURE = path.join(ROOT, 'test/fixtures/publish/tiny-series.json');
const PLATFORMS = ['tiktok', 'facebook-reels', 'shorts'] as const;
const FRAMES = { 'tiny-drama-e01': 45, 'tiny-drama-e02': 89 } as const;
const ACCENT: readonly [number, number, number] = [0xe6, 0x39, 0x46];

const run = promisify(execFile);

// Debian's ffprobe and ffmpeg, run asynchronously so the test worker stays responsive while they decode.
const ffprobe = async (file: string, entries: string, stream = '', extra: readonly string[] = []): Promise<Record<string, string>[]> => {
  const args = ['-v', 'error', ...extra, ...(stream ? ['-select_streams', stream] : []), '-show_entries', entries, '-of', 'json', file];
  const json = JSON.parse((await run('ffprobe', args)).stdout) as { streams?: Record<string, string>[]; format?: Record<string, string>; frames?: Record<string, string>[] };
  return json.streams ?? json.frames ?? [json.format ?? {}];
};

/** One frame of a video (or a JPEG) as RGBA pixels, decoded by Debian's ffmpeg. */
const frameOf = async (file: string, seconds = 0): Promise<PNG> => {
  const args = ['-v', 'error', ...(seconds > 0 ? ['-ss', String(seconds)] : []), '-i', file, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-'];
  return PNG.sync.read((await run('ffmpeg', args, { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })).stdout);
};

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

const files = (dir: string, manifest: Manifest): string[] =>
  manifest.episodes.flatMap((e) => Object.values(e.platforms).flatMap((v) => [v.video, v.cover, ...v.sidecars].map((f) => path.join(dir, f.path))));

describe('cliffhanger publish', () => {
  const work = tempDir();
  const series = path.join(work, 'tiny-series.json');
  const out = path.join(work, 'out');
  let first: CliResult;
  let manifest: Manifest;

  beforeAll(async () => {
    copyFileSync(FIXTURE, series);
    first = await publish([series, '--out', out, '--no-scratch-voices']);
    manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
  }, 600_000);

  it('renders each episode once and derives every platform from it, saying what it does', () => {
    expect(withoutBars(first.stderr)).toBe('');
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n').filter((l) => !l.includes('|'));
    expect(lines.filter((l) => /rendered|encoded|wrote|Publishing|Published|^tiny/.test(l)).map(elided)).toEqual([
      `Publishing Tiny Drama (2 episodes) for tiktok, facebook-reels, shorts to ${out}`,
      'tiny-drama-e01  The Parcel',
      '  master   rendered (…)',
      '  cover    rendered',
      '  tiktok, facebook-reels   encoded (…)',
      '  shorts   encoded (…)',
      '  facebook-reels   wrote tiny-drama-e01.srt',
      '  shorts   wrote tiny-drama-e01.srt',
      '  shorts   wrote tiny-drama-e01.vtt',
      'tiny-drama-e02  The Drop',
      '  master   rendered (…)',
      '  cover    rendered',
      '  tiktok, facebook-reels   encoded (…)',
      '  shorts   encoded (…)',
      '  facebook-reels   wrote tiny-drama-e02.srt',
      '  shorts   wrote tiny-drama-e02.srt',
      '  shorts   wrote tiny-drama-e02.vtt',
      `Published 2 episodes for tiktok, facebook-reels, shorts: 18 files in ${out}, listed with checksums in ${path.join(out, 'manifest.json')}`,
    ]);
  });

  it('writes MP4s that pass each platform\'s spec, checked with ffprobe', { timeout: LONG }, async () => {
    for (const platform of PLATFORMS) {
      for (const [id, frames] of Object.entries(FRAMES)) {
        const file = path.join(out, platform, `${id}.mp4`);
        expect(await ffprobe(file, 'stream=codec_name,profile,pix_fmt,color_range,color_space,width,height,r_frame_rate,avg_frame_rate,field_order,nb_frames', 'v:0')).toEqual([
          { codec_name: 'h264', profile: 'High', pix_fmt: 'yuv420p', color_range: 'tv', color_space: 'bt709', width: 1080, height: 1920, r_frame_rate: '30/1', avg_frame_rate: '30/1', field_order: 'progressive', nb_frames: String(frames) },
        ]);
        expect(await ffprobe(file, 'stream=codec_name,profile,sample_rate,channels', 'a:0')).toEqual([{ codec_name: 'aac', profile: 'LC', sample_rate: '48000', channels: 2 }]);
        const keyframes = (await ffprobe(file, 'frame=pts_time', 'v:0', ['-skip_frame', 'nokey'])).map((f) => Number(f['pts_time']));
        const gop = platform === 'shorts' ? 0.5 : 2;
        expect(keyframes).toEqual(Array.from({ length: Math.ceil(frames / 30 / gop) }, (_, i) => i * gop));
        expect(mp4Layout(file)).toEqual({ topLevel: ['ftyp', 'moov', 'free', 'mdat'], hasEditList: false });
        expect(Number((await ffprobe(file, 'stream=duration', 'v:0'))[0]?.['duration'])).toBeCloseTo(frames / 30, 5);
      }
    }
  });

  it('makes one cover per episode from the series template: a 1080x1920 JPEG with the badge inside the grid crop', async () => {
    for (const platform of PLATFORMS) {
      const cover = path.join(out, platform, 'tiny-drama-e01.cover.jpg');
      expect(await ffprobe(cover, 'stream=codec_name,width,height')).toEqual([{ codec_name: 'mjpeg', width: 1080, height: 1920 }]);
    }
    const png = await frameOf(path.join(out, 'tiktok', 'tiny-drama-e02.cover.jpg'));
    // The "Ep 2" badge: accent red from x 72, y 312 (inside Instagram's crop, y 240–1680).
    expect(countNear(png, { x: 80, y: 320, w: 40, h: 60 }, ACCENT)).toBeGreaterThan(1000);
    expect(countNear(png, { x: 80, y: 200, w: 40, h: 30 }, ACCENT)).toBe(0);
  });

  it('opens episode 2 on the recap and shows the episode badge over its hook', async () => {
    const recap = await frameOf(path.join(out, 'tiktok', 'tiny-drama-e02.mp4'), 0.2);
    // The accent bar left of "PREVIOUSLY", top-left of the safe area.
    expect(countNear(recap, { x: 91, y: 310, w: 10, h: 50 }, ACCENT)).toBeGreaterThan(400);
    const hook = await frameOf(path.join(out, 'tiktok', 'tiny-drama-e02.mp4'), 2.2);
    expect(countNear(hook, { x: 91, y: 310, w: 10, h: 50 }, ACCENT)).toBe(0);
    // Title card above the hook (it has no overlay): the badge fills its box from frame 12 after the story starts.
    expect(countNear(hook, { x: 200, y: 300, w: 200, h: 60 }, ACCENT)).toBeGreaterThan(3000);
  });

  it('writes subtitle sidecars only where the platform takes them, on the video\'s timeline', () => {
    expect(readFileSync(path.join(out, 'shorts', 'tiny-drama-e02.srt'), 'utf8')).toBe('1\n00:00:01,367 --> 00:00:02,367\nOpen up.\n');
    expect(readFileSync(path.join(out, 'shorts', 'tiny-drama-e02.vtt'), 'utf8')).toBe('WEBVTT\n\n00:00:01.367 --> 00:00:02.367\nOpen up.\n\n');
    expect(existsSync(path.join(out, 'facebook-reels', 'tiny-drama-e02.srt'))).toBe(true);
    expect(existsSync(path.join(out, 'facebook-reels', 'tiny-drama-e02.vtt'))).toBe(false);
    expect(existsSync(path.join(out, 'tiktok', 'tiny-drama-e02.srt'))).toBe(false);
  });

  it('lists every file with its checksum, the post text and the episodes around each one', async () => {
    for (const file of files(out, manifest)) expect(existsSync(file)).toBe(true);
    for (const episode of manifest.episodes) {
      for (const variant of Object.values(episode.platforms)) {
        for (const entry of [variant.video, variant.cover, ...variant.sidecars]) expect(await sha256File(path.join(out, entry.path))).toBe(entry.sha256);
      }
    }
    const [e1, e2] = manifest.episodes;
    expect([e1?.previous, e1?.next, e2?.previous, e2?.next]).toEqual([null, { id: 'tiny-drama-e02', number: 2, title: 'The Drop' }, { id: 'tiny-drama-e01', number: 1, title: 'The Parcel' }, null]);
    expect(e1?.platforms.tiktok).toMatchObject({ title: 'Tiny Drama · Part 1: The Parcel', caption: 'The parcel is evidence.\nTiny Drama · Part 1: The Parcel\n\n#microdrama #tinydrama', hashtags: ['#microdrama', '#tinydrama'] });
    expect(e2?.platforms.shorts?.caption).toBe('The Drop\nTiny Drama · Part 2: The Drop\n\n#microdrama #tinydrama');
    expect(e2?.platforms['facebook-reels']?.video.sha256).toBe(e2?.platforms.tiktok?.video.sha256);
    expect(e2?.platforms.shorts?.video.sha256).not.toBe(e2?.platforms.tiktok?.video.sha256);
  });

  it('keeps every file that is up to date on a second run', { timeout: LONG }, async () => {
    const before = files(out, manifest).map((f) => statSync(f).mtimeMs);
    const again = await publish([series, '--out', out, '--no-scratch-voices']);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/rendered|encoded|wrote/);
    expect(again.stdout.match(/up to date/g)).toHaveLength(8);
    expect(files(out, manifest).map((f) => statSync(f).mtimeMs)).toEqual(before);
    expect(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))).toEqual(manifest);
  });

  it('re-renders only the episode that changed', { timeout: LONG }, async () => {
    const json = JSON.parse(readFileSync(series, 'utf8')) as { episodes: { beats: { dialogue?: { text: string }[] }[] }[] };
    const line = json.episodes[1]?.beats[0]?.dialogue?.[0];
    if (line) line.text = 'Open the door.';
    writeFileSync(series, JSON.stringify(json));
    const changed = await publish([series, '--out', out, '--no-scratch-voices', '--platforms', 'tiktok']);
    expect(changed.code).toBe(0);
    expect(withoutBars(changed.stdout).split('\n').slice(1, -1).map(elided)).toEqual([
      'tiny-drama-e01  The Parcel',
      '  master   up to date',
      '  cover    up to date',
      '  tiktok   up to date',
      'tiny-drama-e02  The Drop',
      '  master   rendered (…)',
      '  cover    rendered',
      '  tiktok   encoded (…)',
    ]);
  });
});

describe('cliffhanger publish refuses before rendering', () => {
  it('an episode too long for a platform, naming the file, and writes nothing', async () => {
    const dir = tempDir();
    const json = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { series: { publish: { platforms: Record<string, unknown> } } };
    json.series.publish.platforms['shorts'] = { limits: { maxSeconds: 2 } };
    const file = path.join(dir, 'series.json');
    writeFileSync(file, JSON.stringify(json));
    const out = path.join(dir, 'out');
    expect(await runCli(['publish', file, '--out', out, '--platforms', 'shorts'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file} (episode 2): runs 2.97 s, longer than YouTube Shorts takes (2 s at most); nothing is cut to fit. Shorten the episode to 2 s or less, or leave shorts out of --platforms\n\n1 problem found; nothing was written.\n`,
    });
    expect(existsSync(out)).toBe(false);
  });

  it('an episode instead of a series', async () => {
    expect(await runCli(['publish', 'the-stolen-design-e01'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'the-stolen-design-e01: is an episode; publish takes a whole series, so previous and next episodes line up. Name its series: cliffhanger publish the-stolen-design\n\n1 problem found; nothing was written.\n',
    });
  });

  it('an unknown platform, with a suggestion', async () => {
    const result = await runCli(['publish', 'the-stolen-design', '--platforms', 'tiktk,reels']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: option \'--platforms <list>\' argument \'tiktk,reels\' is invalid. must be platforms among tiktok, reels, shorts, facebook-reels, snapchat-spotlight, but "tiktk" is not one. Did you mean "tiktok"?\n(run with --help for usage)\n');
  });

  it('a file that holds no series', async () => {
    const file = path.join(tempDir(), 'job.json');
    writeFileSync(file, '{ "series": {} }');
    expect((await runCli(['publish', file])).stderr).toBe(`${file}: must hold a series: { "series": { … }, "episodes": [ … ] }. Put the series bible under "series" and its episodes in the list "episodes"\n\n1 problem found; nothing was written.\n`);
  });
});
