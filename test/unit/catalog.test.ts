import { describe, expect, it } from 'vitest';
import { conventionalSceneFiles, loadCatalog } from '../../src/project';
import { dialogueBeat, minimalEpisode, minimalSeries, parsedJob, seriesEntry } from '../fixtures/minimal';

describe('conventionalSceneFiles', () => {
  it('names scenes/<series>/series.ts and scenes/<series>/eNN.ts', () => {
    expect(conventionalSceneFiles.series('show')).toBe('scenes/show/series.ts');
    expect([conventionalSceneFiles.episode('show', 1), conventionalSceneFiles.episode('show', 12)]).toEqual(['scenes/show/e01.ts', 'scenes/show/e12.ts']);
  });
});

describe('loadCatalog', () => {
  it('checks a valid series and its episodes', () => {
    const episodes = [minimalEpisode(), minimalEpisode({ number: 2, title: 'Second' })];
    expect(loadCatalog([seriesEntry({}, episodes)])).toEqual({
      problems: [],
      episodes: [
        {
          id: 'test-series-e01',
          seriesId: 'test-series',
          number: 1,
          title: 'Pilot',
          file: 'scenes/test-series/e01.ts',
          input: { series: minimalSeries(), episode: episodes[0] },
          job: parsedJob(),
          problems: [],
        },
        {
          id: 'test-series-e02',
          seriesId: 'test-series',
          number: 2,
          title: 'Second',
          file: 'scenes/test-series/e02.ts',
          input: { series: minimalSeries(), episode: episodes[1] },
          job: parsedJob({ number: 2, title: 'Second' }),
          problems: [],
        },
      ],
    });
  });

  it('reports an episode problem in its own file, without the "episode." prefix', () => {
    const catalog = loadCatalog([seriesEntry({}, [minimalEpisode({ beats: [dialogueBeat({ dialogue: [{ speaker: 'mya', text: 'Hi' }] })] })])]);
    expect(catalog.problems).toEqual([]);
    expect(catalog.episodes.map((e) => [e.job, e.problems])).toEqual([
      [
        null,
        [
          {
            file: 'scenes/test-series/e01.ts',
            path: ['beats', 0, 'dialogue', 0, 'speaker'],
            message: 'must be a character of the series (maya, victor), but got "mya"',
            fix: 'Did you mean "maya"?',
          },
        ],
      ],
    ]);
  });

  it('reports an invalid series once, against its series.ts, and holds back its episodes', () => {
    const catalog = loadCatalog([seriesEntry({ title: '' }, [minimalEpisode(), minimalEpisode({ number: 2 })])]);
    expect(catalog.problems).toEqual([{ file: 'scenes/test-series/series.ts', path: ['title'], message: 'must not be empty, but got ""' }]);
    expect(catalog.episodes.map((e) => [e.id, e.job, e.problems])).toEqual([
      ['test-series-e01', null, [{ file: 'scenes/test-series/e01.ts', path: [], message: 'cannot be checked until scenes/test-series/series.ts is fixed' }]],
      ['test-series-e02', null, [{ file: 'scenes/test-series/e02.ts', path: [], message: 'cannot be checked until scenes/test-series/series.ts is fixed' }]],
    ]);
  });

  it('rejects two episodes with the same number, naming the second', () => {
    const catalog = loadCatalog([seriesEntry({}, [minimalEpisode(), minimalEpisode({ title: 'Again' })])]);
    expect(catalog.episodes.map((e) => [e.title, e.job === null, e.problems])).toEqual([
      ['Pilot', false, []],
      [
        'Again',
        true,
        [
          {
            file: 'scenes/test-series/e01.ts',
            path: ['number'],
            message: 'must be unique in the series, but episode 1 is registered twice',
            fix: 'Give each episode its own number',
          },
        ],
      ],
    ]);
  });

  it('rejects a series registered twice', () => {
    const catalog = loadCatalog([seriesEntry(), seriesEntry({}, [minimalEpisode({ number: 2 })])]);
    expect(catalog.problems).toEqual([
      {
        file: 'scenes/test-series/series.ts',
        path: ['id'],
        message: 'must be unique, but series "test-series" is registered twice',
        fix: 'Remove the duplicate from scenes/index.ts',
      },
    ]);
  });

  it('files an episode with an invalid number under its position, and reports the number', () => {
    const catalog = loadCatalog([seriesEntry({}, [minimalEpisode(), minimalEpisode({ number: 0, title: 'Zero' })])]);
    expect(catalog.episodes.map((e) => [e.id, e.file, e.problems])).toEqual([
      ['test-series-e01', 'scenes/test-series/e01.ts', []],
      ['test-series-e02', 'scenes/test-series/e02.ts', [{ file: 'scenes/test-series/e02.ts', path: ['number'], message: 'must be at least 1, but got 0' }]],
    ]);
  });

  it('does not report the stand-in number of an invalid episode as a duplicate', () => {
    const catalog = loadCatalog([seriesEntry({}, [minimalEpisode({ number: 0 }), minimalEpisode({ number: 1 })])]);
    expect(catalog.episodes.map((e) => e.problems.map((p) => p.message))).toEqual([['must be at least 1, but got 0'], []]);
  });

  it('names files through the given layout', () => {
    const files = { series: (id: string) => `${id}/bible.json`, episode: (id: string, n: number) => `${id}/${n}.json` };
    const catalog = loadCatalog([seriesEntry({ premise: '' })], files);
    expect([catalog.problems.map((p) => p.file), catalog.episodes.map((e) => e.problems)]).toEqual([
      ['test-series/bible.json'],
      [[{ file: 'test-series/1.json', path: [], message: 'cannot be checked until test-series/bible.json is fixed' }]],
    ]);
  });

  it('loads an empty catalog', () => {
    expect(loadCatalog([])).toEqual({ episodes: [], problems: [] });
  });
});
