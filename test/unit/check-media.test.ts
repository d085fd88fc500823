import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BeatInput } from '../../src/schema';
import { checkMedia, isInsidePublic, mediaReferences } from '../../src/validate/check-media';
import { dialogueBeat, parsedJob } from '../fixtures/minimal';

let publicDir = '';
beforeAll(() => {
  publicDir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-public-'));
  mkdirSync(path.join(publicDir, 'show/e01'), { recursive: true });
  writeFileSync(path.join(publicDir, 'show/e01/hook.mp4'), '');
  writeFileSync(path.join(publicDir, 'show/photo.jpg'), '');
});
afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

const withMedia = (src: string, id = 'talk'): BeatInput => dialogueBeat({ id, media: { src } });
const photo = (src?: string): BeatInput => ({
  type: 'insert',
  id: 'photo',
  shot: { description: 'A photo.' },
  insert: { kind: 'photo', description: 'Maya and Jun', ...(src ? { src } : {}) },
});
const check = (beats: BeatInput[]) => checkMedia({ job: parsedJob({ beats }), publicDir });

describe('mediaReferences', () => {
  it('lists beat media and photo files with their field paths', () => {
    expect(mediaReferences(parsedJob({ beats: [withMedia('show/e01/hook.mp4'), dialogueBeat({ id: 'plain' }), photo('show/photo.jpg'), photo()] }))).toEqual([
      { path: ['episode', 'beats', 0, 'media', 'src'], src: 'show/e01/hook.mp4' },
      { path: ['episode', 'beats', 2, 'insert', 'src'], src: 'show/photo.jpg' },
    ]);
  });
});

describe('isInsidePublic', () => {
  it('accepts relative paths that stay inside public/', () => {
    expect(['show/a.png', 'a.png', 'show/../a.png', './a.png'].map(isInsidePublic)).toEqual([true, true, true, true]);
  });

  it('rejects absolute paths, parent directories and URLs', () => {
    expect(['/abs/a.png', '../a.png', 'show/../../a.png', '..\\a.png', 'https://example.com/a.png', 'C:\\a.png'].map(isInsidePublic)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('checkMedia', () => {
  it('accepts files that exist in public/', () => {
    expect(check([withMedia('show/e01/hook.mp4'), photo('show/photo.jpg')])).toEqual([]);
  });

  it('rejects a missing file', () => {
    expect(check([withMedia('show/e01/hook.mp4'), withMedia('show/e01/missing.mp4', 'second')])).toEqual([
      {
        path: ['episode', 'beats', 1, 'media', 'src'],
        message: 'must name a file in public/, but public/show/e01/missing.mp4 does not exist',
        fix: 'Check the spelling, or add the file there',
      },
    ]);
  });

  it('rejects a directory where a file is expected', () => {
    expect(check([photo('show/e01')])).toEqual([
      { path: ['episode', 'beats', 0, 'insert', 'src'], message: 'must name a file in public/, but public/show/e01 is a folder', fix: 'Add the name of the file inside it' },
    ]);
  });

  it('rejects a path outside public/ and suggests where to put the file', () => {
    expect(check([withMedia('../secrets/clip.mp4')])).toEqual([
      {
        path: ['episode', 'beats', 0, 'media', 'src'],
        message: 'must be a path inside public/, but got "../secrets/clip.mp4"',
        fix: 'Copy the file into public/ and give its path relative to public/, e.g. "test-series/clip.mp4"',
      },
    ]);
  });

  it('rejects an absolute path even when the file exists', () => {
    const absolute = path.join(publicDir, 'show/e01/hook.mp4');
    expect(check([withMedia(absolute)]).map((p) => p.message)).toEqual([`must be a path inside public/, but got "${absolute}"`]);
  });

  it('checks a photo insert file too', () => {
    expect(check([photo('show/missing.jpg')])).toEqual([
      {
        path: ['episode', 'beats', 0, 'insert', 'src'],
        message: 'must name a file in public/, but public/show/missing.jpg does not exist',
        fix: 'Check the spelling, or add the file there',
      },
    ]);
  });
});
