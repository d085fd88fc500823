import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleManifest, previousRunOf, writeEntry } from '../../../src/batch/entries';
import { MANIFEST_VERSION, writeManifest, type ManifestEpisode } from '../../../src/publish/manifest';

const file = (p: string) => ({ path: p, sha256: 'ab'.repeat(32), bytes: 10 });
const episode = (n: number): ManifestEpisode => ({
  id: `x-e0${n}`,
  number: n,
  title: `Episode ${n}`,
  durationInSeconds: 1.5,
  previous: null,
  next: null,
  inputHash: `hash-${n}`,
  master: file(`.masters/x-e0${n}.mp4`),
  cover: file(`.masters/x-e0${n}.cover.jpg`),
  platforms: {},
});
const series = { id: 'x', title: 'X' };

describe('episode entries and manifest.json', () => {
  it('assembles the manifest from the entries in episode order, keeping what an earlier manifest had of the others', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'entries-'));
    await writeManifest(out, { manifestVersion: MANIFEST_VERSION, series, platforms: ['tiktok'], episodes: [episode(1), { ...episode(2), inputHash: 'old' }] });
    expect(previousRunOf(out, 'x-e02', 'hash-2')?.inputHash).toBe('old');
    await writeEntry(out, { series, platforms: ['shorts'], episode: episode(3) });
    await writeEntry(out, { series, platforms: ['tiktok'], episode: episode(2) });
    expect(previousRunOf(out, 'x-e02', 'hash-2')?.inputHash).toBe('hash-2');
    // publish made it from these inputs after batch made it from others: publish's files are the ones to keep.
    expect(previousRunOf(out, 'x-e02', 'old')?.inputHash).toBe('old');
    expect(previousRunOf(out, 'x-e02', 'newer')?.inputHash).toBe('hash-2');
    const manifest = await assembleManifest(out);
    expect(manifest).toEqual({ manifestVersion: MANIFEST_VERSION, series, platforms: ['tiktok', 'shorts'], episodes: [episode(1), episode(2), episode(3)] });
    expect(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))).toEqual(manifest);
  });

  it('writes nothing when no episode has finished', async () => {
    expect(await assembleManifest(mkdtempSync(path.join(tmpdir(), 'entries-')))).toBeNull();
    expect(previousRunOf(mkdtempSync(path.join(tmpdir(), 'entries-')), 'x-e01', 'hash-1')).toBeUndefined();
  });
});
