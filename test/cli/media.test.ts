import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_ESPEAK_WARNING } from '../../src/audio/prepare-sound';
import { ESPEAK_ENV } from '../../src/audio/scratch/espeak';
import { ROOT, runCli, tempDir, writeJob } from './run-cli';

// Fixtures from scripts/make-fixtures.sh, put into public/ under a folder named like the test series, so named and
// dropped-in files are found the way a user's are. The folder is removed afterwards.
const SERIES = `media-test-${process.pid}`;
const PUBLIC = path.join(ROOT, 'public', SERIES);
const TAIL = '\n\n1 problem found; nothing was written.\n';
const FFPROBE = path.join(ROOT, 'node_modules/@remotion/compositor-linux-x64-gnu/ffprobe');

let dir = '';
const fx = (name: string): string => `${SERIES}/fx/${name}`;

const job = (beats: unknown[]) => ({
  series: {
    id: SERIES,
    title: 'Media Test',
    premise: 'A nurse finds her missing brother in room 12 and someone wants him gone by morning.',
    arc: [{ stage: 'setup', summary: 'Lena recognises him.' }],
    characters: [
      { id: 'lena', name: 'Lena Ortiz', age: 31, role: 'protagonist', look: { hair: 'bun', face: 'tired', build: 'athletic' }, wardrobe: 'scrubs', personality: 'steady', voice: 'low and calm', color: '#7dd3fc' },
    ],
  },
  episode: { series: SERIES, number: 1, title: 'Room 12', purpose: 'Lena finds him.', beats },
});

const clipBeat = (media: Record<string, unknown>) => ({ type: 'dialogue', id: 'talk', shot: { description: 'Lena at the door.' }, dialogue: [{ speaker: 'lena', text: 'Room twelve. Nobody goes in.' }], media });
const notification = { type: 'insert', id: 'text', role: 'reveal', shot: { description: 'Her phone.' }, insert: { kind: 'notification', sender: 'Unknown', text: 'Leave room 12 alone.' } };
const scratchBeat = { type: 'dialogue', id: 'after', shot: { description: 'Lena alone.' }, dialogue: [{ speaker: 'lena', text: 'Then I go in myself.' }] };

const writeTestJob = (beats: unknown[]): string => writeJob(dir, `job-${readdirSync(dir).length}.json`, job(beats));

/** Integrated loudness and true peak of a file's mix, measured by Debian's ffmpeg (ebur128), independently of loudnorm. */
const loudness = (file: string): { lufs: number; peak: number } => {
  const { stderr } = spawnSync('ffmpeg', ['-hide_banner', '-nostats', '-i', file, '-vn', '-af', 'ebur128=peak=true', '-f', 'null', '-'], { encoding: 'utf8' });
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  return { lufs: Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)?.[1]), peak: Number(/Peak:\s+(-?[\d.]+) dBFS/.exec(summary)?.[1]) };
};

const streams = (file: string): Record<string, string | number>[] =>
  (JSON.parse(execFileSync(FFPROBE, ['-v', 'error', '-show_streams', '-of', 'json', file], { encoding: 'utf8' })) as { streams: Record<string, string | number>[] }).streams;

beforeAll(() => {
  dir = tempDir();
  execFileSync('bash', [path.join(ROOT, 'scripts/make-fixtures.sh'), 'test', path.join(PUBLIC, 'fx')]);
  mkdirSync(path.join(PUBLIC, 'e01'), { recursive: true });
  copyFileSync(path.join(PUBLIC, 'fx/voice.wav'), path.join(PUBLIC, 'e01/talk.line1.wav'));
  copyFileSync(path.join(PUBLIC, 'fx/music.mp3'), path.join(PUBLIC, 'music.mp3'));
}, 120_000);
afterAll(() => rmSync(PUBLIC, { recursive: true, force: true }));

describe('cliffhanger validate: media', () => {
  it('accepts named and dropped-in media, and times a line by its recording', async () => {
    const file = writeTestJob([clipBeat({ src: fx('clip-16x9.mp4'), focalPoint: { x: 0.3, y: 0.4 } }), notification]);
    // The 1.2 s recording times the line: 0.35 + 1.2 + 0.6 s = 65 frames (its reading time would make 89); the
    // notification beat takes 133 frames.
    expect(await runCli(['validate', file])).toEqual({ code: 0, stderr: '', stdout: `✓ ${SERIES}-e01 (${file}): 2 beats, 6.6 s\n` });
  });

  it('refuses a clip Chromium cannot decode, naming the field and the conversion', async () => {
    const file = writeTestJob([clipBeat({ src: fx('prores.mov') })]);
    expect(await runCli(['validate', file])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file}: episode.beats[0].media.src must name a video Chromium can decode (H.264, VP8, VP9 or AV1), but public/${fx('prores.mov')} is ProRes (codec "prores"). Convert it to H.264: ffmpeg -i <file> -c:v libx264 -pix_fmt yuv420p -c:a aac <name>.mp4${TAIL}`,
    });
  });

  it('refuses a file that cannot be read', async () => {
    const file = writeTestJob([clipBeat({ src: fx('not-a-video.mp4') })]);
    expect((await runCli(['validate', file])).stderr).toBe(
      `${file}: episode.beats[0].media.src must name a readable picture, but public/${fx('not-a-video.mp4')} is not a video or audio file in a format that can be read. Export the file again, or replace it${TAIL}`,
    );
  });

  it('refuses a clip too short for its beat after its trim', async () => {
    const file = writeTestJob([clipBeat({ src: fx('clip-16x9.mp4'), trimStartInSeconds: 1.5 })]);
    expect((await runCli(['validate', file])).stderr).toBe(
      `${file}: episode.beats[0].media must cover the beat's 2.2 s (2.2 s of footage at playbackRate 1), but public/${fx('clip-16x9.mp4')} has 1.5 s from 1.5 s. Use a longer clip, trim less, or raise playbackRate to 1.45${TAIL}`,
    );
  });

  it('refuses a recording that is not a sound file', async () => {
    const file = writeTestJob([{ ...scratchBeat, dialogue: [{ speaker: 'lena', text: 'Go.', voice: fx('picture-only.m4a') }] }]);
    expect((await runCli(['validate', file])).stderr).toBe(`${file}: episode.beats[0].dialogue[0].voice must name a sound file, but public/${fx('picture-only.m4a')} has no audio track. Use a file with sound in it${TAIL}`);
  });
});

describe('cliffhanger still: footage', () => {
  it('crops a 16:9 clip around its focal point: the orange square at 30 %, 40 % lands in the middle of the safe area (x 482), 40 % down', async () => {
    const file = writeTestJob([clipBeat({ src: fx('clip-16x9.mp4'), focalPoint: { x: 0.3, y: 0.4 }, muted: true })]);
    const out = path.join(dir, 'focal.png');
    expect((await runCli(['still', file, '--frame', '5', '--out', out])).code).toBe(0);
    const png = PNG.sync.read(readFileSync(out));
    const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    const orange = ([r, g, b]: number[]) => (r ?? 0) > 200 && (g ?? 0) > 140 && (b ?? 0) < 110;
    // The square is 60 px of 360 high, 320 px on the 1920 px frame: x 322–642, y 608–928.
    expect([orange(at(482, 768)), orange(at(340, 768)), orange(at(625, 768)), orange(at(700, 768)), orange(at(482, 580))]).toEqual([true, true, true, false, false]);
  });
});

describe('cliffhanger render: sound', () => {
  it('mixes voices, music and effects and masters them to −14 LUFS (±1 LU), true peak at most −1 dBTP, video stream untouched', async () => {
    const file = writeTestJob([clipBeat({ src: fx('clip-16x9.mp4'), muted: true }), notification, scratchBeat]);
    const out = path.join(dir, 'mastered.mp4');
    const result = await runCli(['render', file, '--frames', '0-179', '--out', out]);
    expect([result.code, result.stderr.includes('Loudness:'), result.stderr.includes('Scratch voices:')]).toEqual([0, false, false]);
    const { lufs, peak } = loudness(out);
    expect(Math.abs(lufs + 14)).toBeLessThanOrEqual(1);
    expect(peak).toBeLessThanOrEqual(-1);
    expect(streams(out).map((s) => [s['codec_type'], s['codec_name'], s['width'] ?? s['sample_rate'], s['nb_frames']])).toEqual([
      ['video', 'h264', 1080, '180'],
      ['audio', 'aac', '48000', expect.any(String)],
    ]);
  }, 600_000);

  it('masters to a platform\'s target, and says once that scratch voices are silent without espeak-ng', async () => {
    // Lines no other test speaks, so their scratch voices are not in the cache yet.
    const unspoken = { ...scratchBeat, dialogue: [{ speaker: 'lena', text: `Nobody hears this line ${process.pid}.` }] };
    const file = writeTestJob([clipBeat({ src: fx('clip-16x9.mp4'), muted: true }), unspoken, { ...unspoken, id: 'again' }]);
    const out = path.join(dir, 'snapchat.mp4');
    process.env[ESPEAK_ENV] = path.join(dir, 'no-espeak-here');
    const result = await runCli(['render', file, '--frames', '0-119', '--platform', 'snapchat-spotlight', '--out', out]).finally(() => delete process.env[ESPEAK_ENV]);
    expect(result.code).toBe(0);
    expect(result.stderr.split(MISSING_ESPEAK_WARNING).length - 1).toBe(1);
    expect(Math.abs(loudness(out).lufs + 16)).toBeLessThanOrEqual(1);
  }, 600_000);

  it('refuses an unknown platform before rendering', async () => {
    const result = await runCli(['render', writeTestJob([scratchBeat]), '--platform', 'tiktk']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: option \'--platform <id>\' argument \'tiktk\' is invalid. must be one of tiktok, reels, shorts, facebook-reels, snapchat-spotlight, but got "tiktk". Did you mean "tiktok"?');
  });
});

describe('cliffhanger sound', () => {
  it('says where each line\'s voice comes from, speaking the unrecorded ones unless told not to', async () => {
    const file = writeTestJob([clipBeat({ src: fx('clip-16x9.mp4'), muted: true }), scratchBeat, notification]);
    expect(await runCli(['sound', file, '--no-scratch-voices'])).toEqual({ code: 0, stderr: '', stdout: `${SERIES}-e01: 2 lines (1 recorded, 0 scratch, 1 silent), music public/${SERIES}/music.mp3, 1 effect\n` });
    expect(await runCli(['sound', file])).toEqual({ code: 0, stderr: '', stdout: `${SERIES}-e01: 2 lines (1 recorded, 1 scratch, 0 silent), music public/${SERIES}/music.mp3, 1 effect\n` });
  });
});
