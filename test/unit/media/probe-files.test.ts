import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileProbe } from '../../../src/media/probe-file';
import { listPublicFiles } from '../../../src/media/public-files';

// Real files from scripts/make-fixtures.sh (Debian ffmpeg; scripts/ensure-media-tools.sh installs it).
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-probe-'));
  execFileSync('bash', ['scripts/make-fixtures.sh', 'test', path.join(dir, 'fx')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileProbe (Mediabunny in Node)', () => {
  it('measures clips: size, frame rate, duration, codecs', async () => {
    const probe = fileProbe(dir);
    expect(await probe('fx/clip-16x9.mp4')).toEqual({
      ok: true,
      facts: { container: 'MP4', durationInSeconds: 3, video: { codec: 'avc', width: 640, height: 360, fps: 30 }, audio: { codec: 'aac', sampleRate: 48000, channels: 1 } },
    });
    expect(await probe('fx/prores.mov')).toMatchObject({ ok: true, facts: { video: { codec: 'prores', width: 320, height: 180, fps: 24 }, audio: null } });
  });

  it('measures sounds and stills', async () => {
    const probe = fileProbe(dir);
    expect(await probe('fx/voice.wav')).toEqual({ ok: true, facts: { container: 'WAVE', durationInSeconds: 1.2, video: null, audio: { codec: 'pcm-s16', sampleRate: 48000, channels: 1 } } });
    expect(await probe('fx/music.ogg')).toMatchObject({ ok: true, facts: { audio: { codec: 'opus' } } });
    expect((await Promise.all(['fx/still.png', 'fx/still.jpg', 'fx/still.webp'].map(probe))).map((r) => (r.ok ? r.facts.video : null))).toEqual([
      { codec: 'png', width: 1600, height: 1200, fps: null },
      { codec: 'jpeg', width: 1200, height: 1600, fps: null },
      { codec: 'webp', width: 640, height: 480, fps: null },
    ]);
  });

  it('says why a broken file cannot be read', async () => {
    const probe = fileProbe(dir);
    expect(await probe('fx/not-a-video.mp4')).toEqual({ ok: false, reason: 'is not a video or audio file in a format that can be read' });
    expect(await probe('fx/truncated.mp4')).toEqual({ ok: false, reason: 'has no video or audio track (the file may be cut short)' });
  });
});

describe('listPublicFiles', () => {
  it('lists every file under public/ as a posix path', () => {
    expect([...listPublicFiles(dir)].filter((f) => f.endsWith('.wav') || f.endsWith('.webp')).sort()).toEqual(['fx/still.webp', 'fx/voice.wav']);
  });

  it('lists nothing for a folder that does not exist', () => {
    expect(listPublicFiles(path.join(dir, 'missing')).size).toBe(0);
  });
});
