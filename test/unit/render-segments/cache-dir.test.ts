import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirOf, CACHE_DIR_ENV, CACHE_FORMAT, openRenderCache } from '../../../src/render/segments';
import { publicFileHasher } from '../../../src/render/segments/file-hash';
import { PROJECT_ROOT } from '../../../src/render/paths';

const temp = () => mkdtempSync(path.join(tmpdir(), 'cliffhanger-cache-test-'));
const KEY = 'ab'.repeat(32);

describe('openRenderCache', () => {
  it('creates the folder and ignores it in git', () => {
    const dir = path.join(temp(), 'cache');
    openRenderCache(dir);
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('# Render cache of cliffhanger (segments, sound, bundles): safe to delete.\n*\n');
  });

  it('finds nothing before an entry is written, and the entry after, under its kind and key', async () => {
    const cache = openRenderCache(temp());
    expect(cache.find('segments', KEY, '.ts')).toBeNull();
    const file = await cache.write('segments', KEY, '.ts', async (tempPath) => writeFileSync(tempPath, 'pixels'));
    expect(file).toBe(path.join(cache.dir, `v${CACHE_FORMAT}`, 'segments', 'ab', `${KEY}.ts`));
    expect(cache.find('segments', KEY, '.ts')).toBe(file);
    expect(cache.find('sound', KEY, '.ts')).toBeNull();
    expect(readFileSync(file, 'utf8')).toBe('pixels');
  });

  it('leaves no entry and no temporary file when writing fails', async () => {
    const cache = openRenderCache(temp());
    await expect(cache.write('segments', KEY, '.ts', async (tempPath) => {
      writeFileSync(tempPath, 'half');
      throw new Error('encoder died');
    })).rejects.toThrow('encoder died');
    expect(cache.find('segments', KEY, '.ts')).toBeNull();
    expect(readdirSync(path.join(cache.dir, `v${CACHE_FORMAT}`, 'segments', 'ab'))).toEqual([]);
  });

  it('refreshes the time of an entry it finds, so pruning by age keeps what is used', async () => {
    const cache = openRenderCache(temp());
    const file = await cache.write('sound', KEY, '.mp4', async (tempPath) => writeFileSync(tempPath, 'mix'));
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    cache.find('sound', KEY, '.mp4');
    expect(statSync(file).mtimeMs).toBeGreaterThan(new Date(2021, 0, 1).getTime());
  });

  it('keeps the first folder put under a key when a second worker puts one too', () => {
    const cache = openRenderCache(temp());
    const first = path.join(cache.dir, 'first');
    const second = path.join(cache.dir, 'second');
    for (const [dir, name] of [[first, 'a'], [second, 'b']] as const) {
      mkdirSync(path.join(dir, 'x'), { recursive: true });
      writeFileSync(path.join(dir, 'x', 'f'), name);
    }
    const put = cache.putFolder('bundles', KEY, first);
    expect(cache.putFolder('bundles', KEY, second)).toBe(put);
    expect(readFileSync(path.join(put, 'x', 'f'), 'utf8')).toBe('a');
    expect(existsSync(second)).toBe(false);
  });
});

describe('cacheDirOf', () => {
  it('takes the option, then $CLIFFHANGER_CACHE_DIR, then .cliffhanger-cache/ in the project', () => {
    expect(cacheDirOf('/tmp/x', { [CACHE_DIR_ENV]: '/tmp/y' })).toBe('/tmp/x');
    expect(cacheDirOf(undefined, { [CACHE_DIR_ENV]: '/tmp/y' })).toBe('/tmp/y');
    expect(cacheDirOf(undefined, {})).toBe(path.join(PROJECT_ROOT, '.cliffhanger-cache'));
  });
});

describe('publicFileHasher', () => {
  it('hashes a file in public/ by its bytes, sees new bytes, and names nothing else', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'a.wav'), 'one');
    const hash = publicFileHasher(dir);
    const first = hash('a.wav');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(path.join(dir, 'a.wav'), 'two!');
    expect(hash('a.wav')).not.toBe(first);
    for (const src of ['missing.wav', '', '../a.wav', '/etc/passwd', 'Just a line of dialogue.']) expect(hash(src)).toBeNull();
    mkdirSync(path.join(dir, 'folder'));
    expect(hash('folder')).toBeNull();
  });
});
