import { describe, expect, it } from 'vitest';
import { findingsOf, goodEpisode, goodSeries, nthEpisode } from '../fixtures/lint-fixtures';

const premise = (text: string) => findingsOf('premise-one-sentence', { series: goodSeries({ premise: text }) }).map((f) => f.message);

describe('premise-one-sentence', () => {
  it('passes the guide\'s example and a premise that names a character', () => {
    expect(premise('A young secretary discovers that her powerful boss is stealing her ideas and decides to expose him.')).toEqual([]);
    expect(premise('Maya has three weeks to prove the Lumen design is hers before Victor launches it.')).toEqual([]);
  });

  it('is not fooled by abbreviations and initials', () => {
    expect(premise('A night nurse learns Dr. Marsh and J. Park hid her brother in room 12 and wants him out by morning.')).toEqual([]);
  });

  it('flags two sentences, with the example as the fix', () => {
    expect(findingsOf('premise-one-sentence', { series: goodSeries({ premise: 'A nurse works nights. Something is wrong in room 12.' }) })).toEqual([
      {
        ruleId: 'premise-one-sentence',
        severity: 'warning',
        file: 'test-series',
        path: ['premise'],
        episodeId: null,
        timeInSeconds: null,
        message: 'The premise has 2 sentences',
        fix: 'Say it in one: who, the problem and what is at stake, e.g. "A junior designer discovers that her boss is stealing her ideas and decides to expose him"',
      },
    ]);
  });

  it('passes 35 words and flags 36', () => {
    const words = (n: number) => `A designer ${Array.from({ length: n - 2 }, () => 'really').join(' ')}.`;
    expect(premise(words(35))).toEqual([]);
    expect(premise(words(36))).toEqual(['The premise runs 36 words, more than 35']);
  });

  it('passes 8 words and flags 7', () => {
    expect(premise('A designer exposes the boss who stole everything.')).toEqual([]);
    expect(premise('A designer exposes the boss who stole.')).toEqual(['The premise has 7 words, too few to name who, the problem and the stakes']);
  });

  it('flags a premise that names no one, and accepts nouns added by options', () => {
    const text = 'Something strange keeps happening in the old mill every night until the river floods.';
    expect(premise(text)).toEqual(['The premise names no one: no character of the bible (Maya Chen, Victor Hale) and no person such as "a nurse"']);
    const series = goodSeries({ premise: text.replace('Something strange', 'A miller'), lint: { rules: { 'premise-one-sentence': { options: { personNouns: ['miller'] } } } } });
    expect(findingsOf('premise-one-sentence', { series })).toEqual([]);
  });
});

describe('arc-shape', () => {
  const arc = (...stages: ('setup' | 'twist' | 'climax' | 'resolution')[]) =>
    findingsOf('arc-shape', { series: goodSeries({ arc: stages.map((stage) => ({ stage, summary: 'Something happens.' })) }) }).map((f) => [f.path, f.message]);

  it('passes setup → twists → climax → resolution', () => {
    expect(arc('setup', 'twist', 'twist', 'climax', 'resolution')).toEqual([]);
  });

  it('flags a missing setup, twist and resolution', () => {
    expect(arc('climax')).toEqual([
      [['arc', 0, 'stage'], 'The arc starts with a climax, not a setup'],
      [['arc'], 'The arc has 0 twists, fewer than 1'],
      [['arc', 0, 'stage'], 'The arc ends on a climax, not a resolution'],
    ]);
  });

  it('flags the first plot point out of order', () => {
    expect(arc('setup', 'twist', 'climax', 'twist', 'resolution')).toEqual([[['arc', 3, 'stage'], 'arc[3] is a twist after the climax at arc[2]']]);
  });

  it('takes the number of twists as an option', () => {
    const series = goodSeries({ lint: { rules: { 'arc-shape': { options: { minTwists: 2 } } } } });
    expect(findingsOf('arc-shape', { series }).map((f) => f.message)).toEqual(['The arc has 1 twist, fewer than 2']);
  });
});

describe('unused-character', () => {
  it('passes when every character appears, as a speaker or in a beat', () => {
    expect(findingsOf('unused-character')).toEqual([]);
  });

  it('flags a character who never appears in the whole series, at the bible', () => {
    const series = goodSeries({ characters: [...goodSeries().characters, { ...goodSeries().characters[0]!, id: 'jun', name: 'Jun Park' }] });
    expect(findingsOf('unused-character', { series })).toEqual([
      {
        ruleId: 'unused-character',
        severity: 'warning',
        file: 'test-series',
        path: ['characters', 2, 'id'],
        episodeId: null,
        timeInSeconds: null,
        message: 'Jun Park ("jun") is defined but never appears in the 1 episode',
        fix: 'Put them in a beat (its characters, a line or a reaction), or leave them out of the bible until they enter the story',
      },
    ]);
    expect(findingsOf('unused-character', { series, wholeSeries: false })).toEqual([]);
  });
});

describe('episode-purpose', () => {
  it('passes distinct purposes', () => {
    expect(findingsOf('episode-purpose', { episodes: [1, 2, 3].map((n) => nthEpisode(n)) })).toEqual([]);
  });

  it('flags a purpose shorter than 6 words', () => {
    expect(findingsOf('episode-purpose', { episodes: [goodEpisode({ purpose: 'Maya finds the proof.' })] }).map((f) => f.message)).toEqual([
      'The purpose "Maya finds the proof." is too short to say what is different by the end of the episode',
    ]);
  });

  it('flags a near-duplicate on the later episode, ignoring character names and word forms', () => {
    const episodes = [
      goodEpisode({ number: 1, purpose: 'Maya finds the stolen sketches hidden in the desk drawer.' }),
      goodEpisode({ number: 2, purpose: 'Victor catches Maya on the roof with the launch files.' }),
      goodEpisode({ number: 3, purpose: 'Victor finds a stolen sketch hidden in a desk drawer.' }),
    ];
    expect(findingsOf('episode-purpose', { episodes })).toEqual([
      {
        ruleId: 'episode-purpose',
        severity: 'warning',
        file: 'test-series-e03',
        path: ['purpose'],
        episodeId: 'test-series-e03',
        timeInSeconds: null,
        message: "The purpose repeats e01's: 100% of their words are the same",
        fix: 'Give the episode its own change: what is different by its end that was not by the end of e01?',
      },
    ]);
  });
});
