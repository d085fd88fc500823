import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './run-cli';

const FFPROBE = path.join(ROOT, 'node_modules/@remotion/compositor-linux-x64-gnu/ffprobe');

type Stream = { codec_type: string; codec_name: string; profile?: string; width?: number; height?: number; r_frame_rate?: string; nb_frames?: string; sample_rate?: string; channels?: number };

const probe = (file: string): { streams: Stream[]; format: { duration: string } } =>
  JSON.parse(execFileSync(FFPROBE, ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file], { encoding: 'utf8' }));

describe('cliffhanger render', () => {
  it('renders frames of the demo episode to a 1080x1920 30 fps H.264 + AAC MP4', async () => {
    const out = path.join(tempDir(), 'teaser.mp4');
    const result = await runCli(['render', 'the-stolen-design-e01', '--frames', '0-14', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Rendered 15 frames of the-stolen-design-e01 to .*teaser\.mp4 in [\d.]+ s \([\d.]+ frames\/s\)\n$/);
    const { streams, format } = probe(out);
    const video = streams.find((s) => s.codec_type === 'video');
    const audio = streams.find((s) => s.codec_type === 'audio');
    expect(video).toMatchObject({ codec_name: 'h264', width: 1080, height: 1920, r_frame_rate: '30/1', nb_frames: '15' });
    expect(audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000' });
    expect(Number((video as Stream & { duration: string }).duration)).toBe(0.5);
    // AAC pads to whole 1024-sample packets: the audio may run past the video by a few packets, never short.
    expect(Number(format.duration)).toBeGreaterThanOrEqual(0.5);
    expect(Number(format.duration)).toBeLessThan(0.6);
    expect(readdirSync(path.dirname(out))).toEqual(['teaser.mp4']);
  });

  it('renders a still to PNG at full size', async () => {
    const out = path.join(tempDir(), 'hook.png');
    const result = await runCli(['still', 'the-stolen-design-e01', '--frame', '10', '--out', out]);
    expect(result).toEqual({ code: 0, stderr: '', stdout: `Wrote frame 10 of the-stolen-design-e01 to ${out}\n` });
    const png = PNG.sync.read(readFileSync(out));
    expect([png.width, png.height]).toEqual([1080, 1920]);
  });

  it('refuses a frame range outside the episode before rendering', async () => {
    const result = await runCli(['render', 'the-stolen-design-e01', '--frames', '0-5000', '--out', path.join(tempDir(), 'x.mp4')]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: '--frames: must stay inside the episode\'s 1460 frames (0-1459), but got "0-5000". Use a range inside 0-1459, e.g. --frames 0-89\n\n1 problem found; nothing was written.\n',
    });
  });

  it('refuses to render a whole series', async () => {
    const result = await runCli(['render', 'the-stolen-design']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'the-stolen-design: is a series; this command renders one episode. Name an episode: the-stolen-design-e01, the-stolen-design-e02, the-stolen-design-e03\n\n1 problem found; nothing was written.\n',
    );
  });

  it('leaves no partial file behind when interrupted', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'interrupted.mp4');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/cliffhanger.js'), 'render', 'the-stolen-design-e01', '--frames', '0-299', '--out', out], { cwd: ROOT });
    let stderr = '';
    // The progress bar goes to stderr; interrupt once it reports frames being rendered.
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/[1-9]\d*\/300 frames \| rendering/.test(stderr)) resolve();
      });
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('SIGINT: stopping; no partial output is left behind.');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 300_000);
});
