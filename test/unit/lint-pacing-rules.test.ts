import { describe, expect, it } from 'vitest';
import { beats, findingsOf, goodEpisode, goodSeries } from '../fixtures/lint-fixtures';

const E01 = 'test-series-e01';
/** The good episode with its escalation lasting `talkSeconds` (the other beats add up to 40 s). */
const withTalk = (talkSeconds: number) => goodEpisode({ beats: [beats.hook(), beats.talk({ durationInSeconds: talkSeconds }), beats.reveal(), beats.react(), beats.cliff()] });

describe('episode-length', () => {
  it('passes exactly 45 s and exactly 180 s', () => {
    expect(findingsOf('episode-length', { episodes: [withTalk(5)] })).toEqual([]);
    expect(findingsOf('episode-length', { episodes: [withTalk(140)] })).toEqual([]);
  });

  it('fails one frame under 45 s, with the fix and where to change the range', () => {
    expect(findingsOf('episode-length', { episodes: [withTalk(5 - 1 / 30)] })).toEqual([
      {
        ruleId: 'episode-length',
        severity: 'error',
        file: E01,
        path: ['beats'],
        episodeId: E01,
        timeInSeconds: null,
        message: "The episode runs 44.97 s, shorter than the series' 45 s minimum",
        fix: 'Add an escalation or a reaction beat, or change lint.rules["episode-length"].options in the series bible',
      },
    ]);
  });

  it('fails one frame over 180 s', () => {
    expect(findingsOf('episode-length', { episodes: [withTalk(140 + 1 / 30)] }).map((f) => f.message)).toEqual(["The episode runs 180.03 s, longer than the series' 180 s maximum"]);
  });
});

describe('beat-changes-something', () => {
  it('passes beats that each say, show or react', () => {
    expect(findingsOf('beat-changes-something')).toEqual([]);
  });

  it('flags an escalation with nothing in it', () => {
    const episode = goodEpisode({ beats: [beats.hook(), beats.talk({ dialogue: [] }), beats.reveal(), beats.react(), beats.cliff()] });
    expect(findingsOf('beat-changes-something', { episodes: [episode] })).toEqual([
      {
        ruleId: 'beat-changes-something',
        severity: 'warning',
        file: E01,
        path: ['beats', 1],
        episodeId: E01,
        timeInSeconds: 3,
        message: 'beats[1] ("talk") is an escalation with no line, no insert, no reaction and no on-screen text: nothing in it changes',
        fix: 'Give it a line or an insert that raises the stakes, make it a reaction, or cut it',
      },
    ]);
  });

  it('flags the same face twice in a row, but not two reactions of different characters', () => {
    const twice = goodEpisode({ beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react({ durationInSeconds: 8 }), beats.react({ id: 'anger', emotion: 'anger', durationInSeconds: 8 }), beats.cliff()] });
    expect(findingsOf('beat-changes-something', { episodes: [twice] }).map((f) => [f.path, f.message])).toEqual([
      [['beats', 4], 'beats[4] ("anger") repeats beats[3] ("shock"): the same close-up of the same characters, with nothing new said or shown'],
    ]);
    const other = goodEpisode({ beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react({ durationInSeconds: 8 }), beats.react({ id: 'smirk', characters: ['victor'], character: 'victor', durationInSeconds: 8 }), beats.cliff()] });
    expect(findingsOf('beat-changes-something', { episodes: [other] })).toEqual([]);
  });

  it('does not flag consecutive dialogue in the same framing: the lines are new information', () => {
    const episode = goodEpisode({ beats: [beats.hook(), beats.talk({ durationInSeconds: 10 }), beats.talk({ id: 'more', durationInSeconds: 10 }), beats.reveal(), beats.react(), beats.cliff()] });
    expect(findingsOf('beat-changes-something', { episodes: [episode] })).toEqual([]);
  });
});

describe('reaction-near-reveal', () => {
  it('passes a reveal followed by a reaction', () => {
    expect(findingsOf('reaction-near-reveal')).toEqual([]);
  });

  it('flags a reveal with its reaction two beats away, naming whose face to show', () => {
    const episode = goodEpisode({ beats: [beats.hook(), beats.reveal(), beats.talk(), beats.react(), beats.cliff()] });
    expect(findingsOf('reaction-near-reveal', { episodes: [episode] })).toEqual([
      {
        ruleId: 'reaction-near-reveal',
        severity: 'warning',
        file: E01,
        path: ['beats', 1],
        episodeId: E01,
        timeInSeconds: 3,
        message: 'The reveal beats[1] ("proof") has no reaction shot within 1 beat of it',
        fix: "Add a reaction beat right after it (Maya's face as it lands): a shocked look, a guilty pause or a silent glare sells the reveal",
      },
    ]);
  });

  it('accepts the reaction two beats away when withinBeats is 2', () => {
    const episode = goodEpisode({ beats: [beats.hook(), beats.reveal(), beats.talk(), beats.react(), beats.cliff()] });
    const series = goodSeries({ lint: { rules: { 'reaction-near-reveal': { options: { withinBeats: 2 } } } } });
    expect(findingsOf('reaction-near-reveal', { episodes: [episode], series })).toEqual([]);
  });
});

describe('emotional-spikes', () => {
  it('passes a short episode with a hook, a reveal and a cliffhanger', () => {
    expect(findingsOf('emotional-spikes')).toEqual([]);
  });

  it('flags the emptiest 90 s stretch of a long episode and the beats to turn', () => {
    // Spikes at 0 s (hook), 23 s (reveal), 174 s (cliffhanger): from the reveal, 90 s pass without another.
    const episode = goodEpisode({ beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react({ durationInSeconds: 60 }), beats.talk({ id: 'long-talk', durationInSeconds: 76 }), beats.cliff()] });
    expect(findingsOf('emotional-spikes', { episodes: [episode] })).toEqual([
      {
        ruleId: 'emotional-spikes',
        severity: 'warning',
        file: E01,
        path: ['beats'],
        episodeId: E01,
        timeInSeconds: 23,
        message: 'From 23 s to 113 s the episode has 1 emotional spike (hook, reveal, cliffhanger beats), fewer than 2 per 90 s',
        fix: 'Turn beats[3] or beats[4] into a reveal, or tighten that stretch',
      },
    ]);
  });

  it('passes spikes exactly 90 s apart and fails them one frame further apart', () => {
    const spaced = (talkSeconds: number) => goodEpisode({ beats: [beats.hook(), beats.talk({ durationInSeconds: talkSeconds }), beats.reveal(), beats.react(), beats.cliff()] });
    expect(findingsOf('emotional-spikes', { episodes: [spaced(87)] })).toEqual([]);
    expect(findingsOf('emotional-spikes', { episodes: [spaced(87 + 1 / 30)] }).map((f) => f.message)).toEqual([
      'From 0 s to 90 s the episode has 1 emotional spike (hook, reveal, cliffhanger beats), fewer than 2 per 90 s',
    ]);
  });

  it('passes once a beat in that stretch is a reveal, or when reactions count as spikes', () => {
    const long = (role: 'escalation' | 'reveal') =>
      goodEpisode({ beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react({ durationInSeconds: 60 }), beats.talk({ id: 'long-talk', durationInSeconds: 76, role }), beats.cliff()] });
    expect(findingsOf('emotional-spikes', { episodes: [long('reveal')] })).toEqual([]);
    const series = goodSeries({ lint: { rules: { 'emotional-spikes': { options: { roles: ['hook', 'reveal', 'cliffhanger', 'escalation'] } } } } });
    expect(findingsOf('emotional-spikes', { episodes: [long('escalation')], series })).toEqual([]);
  });
});
