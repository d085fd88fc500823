import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMediaTags } from '../../../src/media/read-tags';

// Real files written by Debian's ffmpeg (scripts/ensure-media-tools.sh installs it), tagged as a generator would.
const dir = mkdtempSync(path.join(os.tmpdir(), 'cliffhanger-tags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args]);

describe('readMediaTags', () => {
  it('reads the descriptive tags of clips and sounds, and leaves out images, untagged, missing and broken files', async () => {
    ffmpeg('-f', 'lavfi', '-i', 'color=c=black:size=64x64:rate=30:duration=0.2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-metadata', 'title=Take 3', '-metadata', 'comment=Victor at the window, rain', path.join(dir, 'tagged.mp4'));
    ffmpeg('-f', 'lavfi', '-i', 'color=c=black:size=64x64:rate=30:duration=0.2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-map_metadata', '-1', '-fflags', '+bitexact', path.join(dir, 'plain.mp4'));
    ffmpeg('-f', 'lavfi', '-i', 'sine=frequency=220:duration=0.2', '-metadata', 'artist=Jun Park', path.join(dir, 'line.wav'));
    ffmpeg('-f', 'lavfi', '-i', 'color=c=black:size=64x64', '-frames:v', '1', '-metadata', 'title=Victor', path.join(dir, 'still.png'));
    writeFileSync(path.join(dir, 'broken.mp4'), 'not a video');
    const tags = await readMediaTags({ publicDir: dir, srcs: ['tagged.mp4', 'plain.mp4', 'line.wav', 'still.png', 'broken.mp4', 'missing.mp4', 'tagged.mp4'] });
    expect(Object.fromEntries(tags)).toEqual({ 'tagged.mp4': 'title: Take 3\ncomment: Victor at the window, rain', 'line.wav': 'artist: Jun Park' });
  });
});
