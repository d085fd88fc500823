import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps } from '../../../src/batch/stale-temps';

describe('removeStaleTemps', () => {
  it('removes the temporary files of one episode’s outputs and nothing else', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'stale-'));
    const files = [
      'tiktok/.x-e01.4242-0.partial.mp4',
      '.masters/.x-e01.cover.4242-3.partial.jpg',
      '.masters/.x-e01.17-1.partial.mp4',
      '.batch/.x-e01.17-2.partial.json',
      'tiktok/x-e01.mp4',
      'tiktok/.x-e011.4242-0.partial.mp4',
      'tiktok/.x-e02.4242-0.partial.mp4',
      '.x-e01.notes',
    ];
    for (const file of files) {
      mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
      writeFileSync(path.join(out, file), '');
    }
    expect(removeStaleTemps(out, 'x-e01').map((f) => path.relative(out, f)).sort()).toEqual(
      ['.batch/.x-e01.17-2.partial.json', '.masters/.x-e01.17-1.partial.mp4', '.masters/.x-e01.cover.4242-3.partial.jpg', 'tiktok/.x-e01.4242-0.partial.mp4'],
    );
    expect(removeStaleTemps(out, 'x-e01')).toEqual([]);
  });

  it('does nothing when the folder does not exist yet', () => {
    expect(removeStaleTemps(path.join(tmpdir(), 'no-such-folder-cliffhanger'), 'x-e01')).toEqual([]);
  });
});
