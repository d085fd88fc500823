import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliffhangerError } from '../../src/errors';
import { loadCatalog } from '../../src/project';
import { readJobFile, resolveTargets } from '../../src/project/resolve-target';
import { dialogueBeat, jobInput, minimalEpisode, parsedJob, seriesEntry } from '../fixtures/minimal';

let dir = '';
let publicDir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-jobs-'));
  publicDir = path.join(dir, 'public');
  mkdirSync(path.join(publicDir, 'test-series'), { recursive: true });
  writeFileSync(path.join(publicDir, 'test-series/hook.png'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

/** The problems a call throws as a CliffhangerError; fails the test if it does not throw one. */
const thrown = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    if (error instanceof CliffhangerError) return error.problems;
    throw error;
  }
  throw new Error('expected a CliffhangerError');
};

const MEDIA_BEAT = dialogueBeat({ media: { src: 'test-series/missing.png' } });
const FIX_SYNTAX = 'Fix the syntax (a trailing comma or a missing quote is the usual cause)';

describe('readJobFile', () => {
  it('reads a valid job', () => {
    const file = write('valid.json', JSON.stringify(jobInput()));
    expect(readJobFile(file, publicDir)).toEqual({ id: 'test-series-e01', file, source: 'job-file', input: jobInput(), job: parsedJob(), problems: [] });
  });

  it('shows a file inside the working directory by its relative path', () => {
    const inside = path.join(process.cwd(), 'no-such-job.json');
    expect(thrown(() => readJobFile(inside, publicDir))[0]?.file).toBe('no-such-job.json');
  });

  it('rejects a file that does not exist', () => {
    const file = path.join(dir, 'nope.json');
    expect(thrown(() => readJobFile(file, publicDir))).toEqual([{ file, path: [], message: 'does not exist', fix: 'Check the path' }]);
  });

  it('names the line and column of a trailing comma', () => {
    const file = write('comma.json', '{\n  "series": {\n    "id": "x",\n  }\n}');
    expect(thrown(() => readJobFile(file, publicDir))).toEqual([
      { file, path: [], message: 'is not valid JSON at line 4, column 3: Expected double-quoted property name', fix: FIX_SYNTAX },
    ]);
  });

  it('names the line and column of a missing value, which V8 reports without a position', () => {
    const file = write('value.json', '{\n  "series": {},\n  "episode": }\n');
    expect(thrown(() => readJobFile(file, publicDir))).toEqual([{ file, path: [], message: "is not valid JSON at line 3, column 14: Unexpected token '}'", fix: FIX_SYNTAX }]);
  });

  it('names the end of a truncated file', () => {
    const file = write('truncated.json', '{\n  "series": ');
    expect(thrown(() => readJobFile(file, publicDir))).toEqual([{ file, path: [], message: 'is not valid JSON at line 2, column 13: Unexpected end of JSON input', fix: FIX_SYNTAX }]);
  });

  it('reports schema problems with paths from the job root', () => {
    const input = jobInput({ number: 2, title: '' });
    const file = write('schema.json', JSON.stringify(input));
    expect(readJobFile(file, publicDir)).toEqual({
      id: 'test-series-e02',
      file,
      source: 'job-file',
      input,
      job: null,
      problems: [{ file, path: ['episode', 'title'], message: 'must not be empty, but got ""' }],
    });
  });

  it('names a job that is not an object as well as it can', () => {
    const file = write('null.json', 'null');
    expect(readJobFile(file, publicDir)).toMatchObject({ id: 'job-e?', job: null, problems: [{ file, path: [], message: 'must be an object, but got null' }] });
  });

  it('reports a missing media file of an otherwise valid job', () => {
    const input = jobInput({ beats: [dialogueBeat({ media: { src: 'test-series/hook.png' } }), { ...MEDIA_BEAT, id: 'second' }] });
    const file = write('media.json', JSON.stringify(input));
    expect(readJobFile(file, publicDir)).toEqual({
      id: 'test-series-e01',
      file,
      source: 'job-file',
      input,
      job: null,
      problems: [
        {
          file,
          path: ['episode', 'beats', 1, 'media', 'src'],
          message: 'must name a file in public/, but public/test-series/missing.png does not exist',
          fix: 'Check the spelling, or add the file there',
        },
      ],
    });
  });
});

describe('resolveTargets', () => {
  const catalog = loadCatalog([
    seriesEntry({}, [minimalEpisode(), minimalEpisode({ number: 2, beats: [MEDIA_BEAT] })]),
    seriesEntry({ id: 'other-show' }, [minimalEpisode({ series: 'other-show' })]),
  ]);
  const resolve = (name: string) => resolveTargets({ name, catalog, publicDir });

  it('finds an episode by its id', () => {
    expect(resolve('test-series-e01')).toEqual([
      {
        id: 'test-series-e01',
        file: 'scenes/test-series/e01.ts',
        source: 'catalog',
        input: { series: seriesEntry().series, episode: minimalEpisode() },
        job: parsedJob(),
        problems: [],
      },
    ]);
  });

  it('finds every episode of a series by the series id, with media problems in the episode file', () => {
    expect(resolve('test-series').map((t) => [t.id, t.job === null, t.problems])).toEqual([
      ['test-series-e01', false, []],
      [
        'test-series-e02',
        true,
        [
          {
            file: 'scenes/test-series/e02.ts',
            path: ['beats', 0, 'media', 'src'],
            message: 'must name a file in public/, but public/test-series/missing.png does not exist',
            fix: 'Check the spelling, or add the file there',
          },
        ],
      ],
    ]);
  });

  it('adds the problems of the series to each of its episodes', () => {
    const broken = loadCatalog([seriesEntry({ title: '' })]);
    expect(resolveTargets({ name: 'test-series-e01', catalog: broken, publicDir })[0]?.problems).toEqual([
      { file: 'scenes/test-series/series.ts', path: ['title'], message: 'must not be empty, but got ""' },
      { file: 'scenes/test-series/e01.ts', path: [], message: 'cannot be checked until scenes/test-series/series.ts is fixed' },
    ]);
  });

  it('suggests the closest id for an unknown one', () => {
    expect(thrown(() => resolve('test-series-e1'))).toEqual([
      { file: 'test-series-e1', path: [], message: 'is not an episode id, a series id or a .json job file', fix: 'Did you mean "test-series-e01"?' },
    ]);
  });

  it('lists some ids when none is close', () => {
    expect(thrown(() => resolve('pilot'))).toEqual([
      {
        file: 'pilot',
        path: [],
        message: 'is not an episode id, a series id or a .json job file',
        fix: 'Run `cliffhanger list` to see the ids (test-series-e01, test-series, test-series-e02, other-show-e01, …)',
      },
    ]);
  });

  it('says how to add a series when there is none', () => {
    expect(thrown(() => resolveTargets({ name: 'pilot', catalog: loadCatalog([]), publicDir }))).toEqual([
      {
        file: 'pilot',
        path: [],
        message: 'is not an episode id, a series id or a .json job file',
        fix: 'scenes/index.ts lists no series yet: add one there, or pass a .json job file',
      },
    ]);
  });

  it('reads a name ending in .json as a job file', () => {
    const file = write('by-name.json', JSON.stringify(jobInput()));
    expect(resolve(file)).toEqual([{ id: 'test-series-e01', file, source: 'job-file', input: jobInput(), job: parsedJob(), problems: [] }]);
  });
});
