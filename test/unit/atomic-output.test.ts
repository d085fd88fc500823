import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingOutputs, removePendingOutputs, writeAtomically } from '../../src/render/atomic-output';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-out-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('writes through a hidden sibling with the same extension and renames it into place', async () => {
    const out = path.join(dir, 'episode.mp4');
    let seenTemp = '';
    const result = await writeAtomically(out, async (temp) => {
      seenTemp = temp;
      expect(pendingOutputs()).toEqual([temp]);
      writeFileSync(temp, 'video');
      return 42;
    });
    expect(result).toBe(42);
    expect(path.dirname(seenTemp)).toBe(dir);
    expect(path.basename(seenTemp)).toMatch(/^\.episode\.\d+-\d+\.partial\.mp4$/);
    expect(readFileSync(out, 'utf8')).toBe('video');
    expect(readdirSync(dir)).toEqual(['episode.mp4']);
    expect(pendingOutputs()).toEqual([]);
  });

  it('creates missing folders of the output path', async () => {
    const out = path.join(dir, 'out/show/e01.png');
    await writeAtomically(out, async (temp) => writeFileSync(temp, 'png'));
    expect(readFileSync(out, 'utf8')).toBe('png');
  });

  it('leaves no file at the output path and no temporary file when the writer throws', async () => {
    const out = path.join(dir, 'episode.mp4');
    const failing = writeAtomically(out, async (temp) => {
      writeFileSync(temp, 'half a video');
      throw new Error('render failed');
    });
    await expect(failing).rejects.toThrow('render failed');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(pendingOutputs()).toEqual([]);
  });

  it('keeps an earlier output intact when the new write fails', async () => {
    const out = path.join(dir, 'episode.mp4');
    writeFileSync(out, 'previous render');
    await expect(writeAtomically(out, async () => Promise.reject(new Error('cancelled')))).rejects.toThrow('cancelled');
    expect(readFileSync(out, 'utf8')).toBe('previous render');
    expect(readdirSync(dir)).toEqual(['episode.mp4']);
  });

  it('gives concurrent writes to the same path their own temporary files', async () => {
    const out = path.join(dir, 'still.png');
    const temps: string[] = [];
    const write = (text: string) =>
      writeAtomically(out, async (temp) => {
        temps.push(temp);
        writeFileSync(temp, text);
      });
    await Promise.all([write('first'), write('second')]);
    expect(new Set(temps).size).toBe(2);
    expect(readdirSync(dir)).toEqual(['still.png']);
  });
});

describe('removePendingOutputs', () => {
  it('removes the temporary files of writes still running (on Ctrl+C)', async () => {
    const out = path.join(dir, 'episode.mp4');
    let release = (): void => undefined;
    const running = writeAtomically(out, async (temp) => {
      writeFileSync(temp, 'partial');
      await new Promise<void>((resolve) => (release = resolve));
      throw new Error('interrupted');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(readdirSync(dir)).toHaveLength(1);
    removePendingOutputs();
    expect([readdirSync(dir), pendingOutputs()]).toEqual([[], []]);
    release();
    await expect(running).rejects.toThrow('interrupted');
    expect(readdirSync(dir)).toEqual([]);
  });
});
