import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeLoudness } from '../../../src/audio/loudness/normalize';
import { masterLoudness } from '../../../src/audio/loudness/master';
import { measureFile } from '../../../src/audio/loudness/measure-file';

// Small MP4s made with Debian's ffmpeg (lavfi sources); mastering itself runs on Remotion's bundled ffmpeg.
let dir = '';
const make = (name: string, audio: string): string => {
  const file = path.join(dir, name);
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=30:duration=4', '-f', 'lavfi', '-i', audio, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-ac', '2', '-shortest', file]);
  return file;
};
/** An MD5 of a file's video packets: equal when the stream was copied, not re-encoded. */
const videoHash = (file: string): string => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', file, '-map', '0:v', '-c', 'copy', '-f', 'md5', '-'], { encoding: 'utf8' }).trim();
const TARGET = { integratedLufs: -14, truePeakDb: -1 };

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-master-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('normalizeLoudness', () => {
  it('raises a quiet mix to the target with linear gain, true peak under the limit, the video copied', async () => {
    const input = make('quiet.mp4', 'sine=frequency=440:duration=4:sample_rate=48000,volume=-30dB');
    const output = path.join(dir, 'quiet-mastered.mp4');
    const result = await normalizeLoudness({ input, output, target: TARGET });
    expect(result.mode).toBe('linear');
    const measured = await measureFile(output);
    expect(Math.abs(measured.integratedLufs - TARGET.integratedLufs)).toBeLessThanOrEqual(0.5);
    expect(measured.truePeakDb).toBeLessThanOrEqual(TARGET.truePeakDb);
    expect(videoHash(output)).toBe(videoHash(input));
  });

  it('leaves a silent mix as it is instead of amplifying nothing', async () => {
    const input = make('silent.mp4', 'anullsrc=channel_layout=stereo:sample_rate=48000');
    const output = path.join(dir, 'silent-mastered.mp4');
    expect((await normalizeLoudness({ input, output, target: TARGET })).mode).toBe('silent');
    expect(videoHash(output)).toBe(videoHash(input));
  });
});

describe('masterLoudness', () => {
  it('masters a file in place through a temporary sibling, leaving nothing else behind', async () => {
    const file = make('in-place.mp4', 'sine=frequency=220:duration=4:sample_rate=48000,volume=-24dB');
    const result = await masterLoudness({ file, target: TARGET });
    expect(Math.abs((result?.integratedLufs ?? 0) - TARGET.integratedLufs)).toBeLessThanOrEqual(0.5);
    expect(existsSync(file)).toBe(true);
    expect(execFileSync('ls', ['-A', dir], { encoding: 'utf8' }).split('\n').filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('does nothing when told not to master (a segment of a longer render)', async () => {
    expect(await masterLoudness({ file: path.join(dir, 'does-not-exist.mp4'), target: null })).toBeNull();
  });
});
