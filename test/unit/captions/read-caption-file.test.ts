import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCaptionFile, readCaptionFile, readCaptionFiles } from '../../../src/captions/node/read-caption-file';
import { CORPUS_DIR, CORPUS_LINES, corpusText } from '../../fixtures/caption-jobs';
import { parsedJob } from '../../fixtures/minimal';

const publicDir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-captions-'));
mkdirSync(path.join(publicDir, 'show', 'folder.srt'), { recursive: true });
for (const name of ['clean.srt', 'not-utf8.srt', 'bad-arrow.srt', 'markup.srt']) copyFileSync(path.join(CORPUS_DIR, name), path.join(publicDir, 'show', name));
afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

const jobWith = (src: string) => parsedJob({ captions: { src }, beats: [{ type: 'dialogue', id: 'talk', shot: { description: 'x' }, dialogue: CORPUS_LINES }] });

describe('readCaptionFile', () => {
  it('reads a UTF-8 file from public/ and names it as users see it', () => {
    expect(readCaptionFile({ src: 'show/clean.srt', publicDir })).toEqual({ file: { path: 'public/show/clean.srt', text: corpusText('clean.srt') } });
  });

  it('rejects paths outside public/, missing files, folders and files that are not UTF-8', () => {
    const at = ['captions', 'src'];
    expect(readCaptionFile({ src: '../secret.srt', publicDir })).toEqual({ problem: { path: at, message: 'must be a path inside public/, but got "../secret.srt"', fix: 'Copy the file into public/ and give its path relative to public/, e.g. "secret.srt"' } });
    expect(readCaptionFile({ src: 'show/nope.srt', publicDir })).toEqual({ problem: { path: at, message: 'must name a file in public/, but public/show/nope.srt does not exist', fix: 'Check the spelling, or add the file there' } });
    expect(readCaptionFile({ src: 'show/folder.srt', publicDir })).toEqual({ problem: { path: at, message: 'must name a file in public/, but public/show/folder.srt is a folder', fix: 'Add the name of the file inside it' } });
    expect(readCaptionFile({ src: 'show/not-utf8.srt', publicDir })).toEqual({ problem: { path: at, message: 'must name a UTF-8 text file, but public/show/not-utf8.srt is not UTF-8 (Latin-1 or UTF-16?)', fix: 'Save the file as UTF-8' } });
  });
});

describe('checkCaptionFile', () => {
  it('passes an episode without a subtitle file, and a file with warnings only', () => {
    expect(checkCaptionFile({ job: parsedJob(), publicDir, episodeFile: 'scenes/s/e01.ts' })).toEqual([]);
    expect(checkCaptionFile({ job: jobWith('show/markup.srt'), publicDir, episodeFile: 'scenes/s/e01.ts' })).toEqual([]);
  });

  it('names the line of the file that cannot be read', () => {
    expect(checkCaptionFile({ job: jobWith('show/bad-arrow.srt'), publicDir, episodeFile: 'scenes/s/e01.ts' })).toEqual([
      { file: 'public/show/bad-arrow.srt:6', path: [], message: 'expected a time line like "00:00:01,000 --> 00:00:02,500", but got "00:00:03,000 -> 00:00:04,500"', fix: 'Write the arrow between the times as "-->"' },
    ]);
  });

  it('names the field of the episode, under "episode" in a JSON job', () => {
    expect(checkCaptionFile({ job: jobWith('show/nope.srt'), publicDir, episodeFile: 'job.json', pathPrefix: ['episode'] })).toEqual([
      { file: 'job.json', path: ['episode', 'captions', 'src'], message: 'must name a file in public/, but public/show/nope.srt does not exist', fix: 'Check the spelling, or add the file there' },
    ]);
  });
});

describe('readCaptionFiles', () => {
  it('maps the episodes that name a readable file to it, and leaves the rest out', () => {
    const files = readCaptionFiles({ episodes: [{ id: 'a', job: jobWith('show/clean.srt') }, { id: 'b', job: jobWith('show/nope.srt') }, { id: 'c', job: parsedJob() }], publicDir });
    expect([...files.keys()]).toEqual(['a']);
  });
});
