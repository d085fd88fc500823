import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, codeFingerprint, mediaFingerprint, sha256File, sha256Text } from '../../../src/publish/hashes';
import { fileEntry, isIntact, readManifest, writeManifest, MANIFEST_FILE, type Manifest } from '../../../src/publish/manifest';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'cliffhanger-hashes-'));
const put = (dir: string, file: string, text: string): void => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};

describe('content hashes', () => {
  it('gives equal values the same JSON whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(sha256Text('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes a file as a stream', async () => {
    const dir = temp();
    put(dir, 'a.txt', 'abc');
    expect(await sha256File(path.join(dir, 'a.txt'))).toBe(sha256Text('abc'));
  });

  it('hashes the files in public/ the props name, wherever they are named', async () => {
    const dir = temp();
    put(dir, 'show/clip.mp4', 'video');
    put(dir, 'show/voice.wav', 'voice');
    const input = { episode: { beats: [{ media: { src: 'show/clip.mp4' } }] }, assets: { voices: { a: ['/show/voice.wav'] } }, text: 'not a file.mp4', outside: '../etc/passwd.txt' };
    expect(await mediaFingerprint({ input, publicDir: dir })).toEqual({ 'show/clip.mp4': sha256Text('video'), 'show/voice.wav': sha256Text('voice') });
  });

  it('changes with the code that draws frames, not with the command line', () => {
    const root = temp();
    put(root, 'package.json', JSON.stringify({ dependencies: { remotion: '4.0.527' } }));
    put(root, 'src/beats/a.tsx', 'one');
    put(root, 'src/cli/b.ts', 'one');
    const before = codeFingerprint(root);
    put(root, 'src/cli/b.ts', 'two');
    expect(codeFingerprint(root)).toBe(before);
    put(root, 'src/beats/a.tsx', 'two');
    expect(codeFingerprint(root)).not.toBe(before);
    const afterBeat = codeFingerprint(root);
    put(root, 'package.json', JSON.stringify({ dependencies: { remotion: '4.0.528' } }));
    expect(codeFingerprint(root)).not.toBe(afterBeat);
  });
});

describe('the manifest', () => {
  const manifest: Manifest = { manifestVersion: 1, series: { id: 's', title: 'S' }, platforms: ['tiktok'], episodes: [] };

  it('reads back what was written', async () => {
    const dir = temp();
    await writeManifest(dir, manifest);
    expect(readManifest(dir)).toEqual(manifest);
  });

  it('is ignored when missing, unreadable or of another version', () => {
    const dir = temp();
    expect(readManifest(dir)).toBeNull();
    put(dir, MANIFEST_FILE, '{ not json');
    expect(readManifest(dir)).toBeNull();
    put(dir, MANIFEST_FILE, JSON.stringify({ ...manifest, manifestVersion: 0 }));
    expect(readManifest(dir)).toBeNull();
  });

  it('knows when a listed file was changed or removed', async () => {
    const dir = temp();
    put(dir, 'tiktok/e01.mp4', 'video');
    const entry = await fileEntry(dir, path.join('tiktok', 'e01.mp4'));
    expect(entry).toEqual({ path: 'tiktok/e01.mp4', sha256: sha256Text('video'), bytes: 5 });
    expect(await isIntact(dir, entry)).toBe(true);
    put(dir, 'tiktok/e01.mp4', 'vide0');
    expect(await isIntact(dir, entry)).toBe(false);
    expect(await isIntact(dir, { ...entry, path: 'gone.mp4' })).toBe(false);
    expect(await isIntact(dir, undefined)).toBe(false);
  });
});
