import { describe, expect, it } from 'vitest';
import { lintTargets } from '../../src/lint/lint-targets';
import { loadCatalog } from '../../src/project';
import { beats, goodSeries, nthEpisode } from '../fixtures/lint-fixtures';

const jun = { ...goodSeries().characters[0]!, id: 'jun', name: 'Jun Park' };
const repeatType = nthEpisode(2, { beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react(), beats.cliff({ cliffhangerType: 'threat' })] });
const badSpeaker = nthEpisode(3, { beats: [beats.hook(), beats.talk({ dialogue: [{ speaker: 'mya', text: 'No.' }] }), beats.reveal(), beats.react(), beats.cliff()] });
const catalog = loadCatalog([{ series: goodSeries({ characters: [...goodSeries().characters, jun] }), episodes: [nthEpisode(1), repeatType, badSpeaker] }]);
const lint = (...names: string[]) => lintTargets({ names, catalog, publicDir: '/nonexistent' });

describe('lintTargets', () => {
  it('lints a whole series: bible findings, episode findings with the series as context, and episodes that do not validate', async () => {
    const [result] = await lint('test-series');
    expect(result?.episodeCount).toBe(2);
    expect(result?.findings.map((f) => [f.file, f.ruleId, f.episodeId])).toEqual([
      ['scenes/test-series/series.ts', 'unused-character', null],
      ['scenes/test-series/e02.ts', 'cliffhanger-variety', 'test-series-e02'],
      ['scenes/test-series/e03.ts', 'validation', 'test-series-e03'],
    ]);
    expect(result?.findings[2]).toEqual({
      ruleId: 'validation',
      severity: 'error',
      file: 'scenes/test-series/e03.ts',
      path: ['beats', 1, 'dialogue', 0, 'speaker'],
      episodeId: 'test-series-e03',
      timeInSeconds: null,
      message: 'must be a character of the series (maya, victor, jun), but got "mya"',
      fix: 'Did you mean "maya"?',
    });
  });

  it('reports only the named episode, still judged against the episodes before it', async () => {
    const [result] = await lint('test-series-e02');
    expect(result?.episodeCount).toBe(1);
    expect(result?.findings.map((f) => [f.ruleId, f.message])).toEqual([['cliffhanger-variety', 'Ends on a "threat" cliffhanger, like e01 before it']]);
    expect((await lint('test-series-e01'))[0]?.findings).toEqual([]);
  });

  it('lints a series once when it is named with one of its episodes', async () => {
    expect((await lint('test-series-e02', 'test-series')).map((r) => r.episodeCount)).toEqual([2]);
  });
});
