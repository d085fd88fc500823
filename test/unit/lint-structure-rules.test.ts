import { describe, expect, it } from 'vitest';
import { beats, findingsOf, goodEpisode, nthEpisode } from '../fixtures/lint-fixtures';

const E01 = 'test-series-e01';

describe('hook-in-3s', () => {
  it('passes an episode that opens on a hook with on-screen text at 0 s', () => {
    expect(findingsOf('hook-in-3s')).toEqual([]);
  });

  it('passes when the first words come at exactly 3.0 s', () => {
    // A silent 79-frame hook, then a line 11 frames (0.35 s lead-in) into the next beat: frame 90 = 3.0 s.
    const episode = goodEpisode({ beats: [beats.hook({ overlay: undefined, durationInSeconds: 79 / 30 }), beats.talk(), beats.reveal(), beats.react(), beats.cliff()] });
    expect(findingsOf('hook-in-3s', { episodes: [episode] })).toEqual([]);
  });

  it('fails when the first words come one frame after 3 s', () => {
    const episode = goodEpisode({ beats: [beats.hook({ overlay: undefined, durationInSeconds: 80 / 30 }), beats.talk(), beats.reveal(), beats.react(), beats.cliff()] });
    expect(findingsOf('hook-in-3s', { episodes: [episode] })).toEqual([
      {
        ruleId: 'hook-in-3s',
        severity: 'error',
        file: E01,
        path: ['beats', 0],
        episodeId: E01,
        timeInSeconds: 3.03,
        message: 'Nothing is said or written on screen in the first 3 s: the first words come at 3.03 s',
        fix: 'Give the hook an overlay (a short line of on-screen text) or open on the line that changes everything, and cut what comes before it',
      },
    ]);
  });

  it('fails an episode that opens on an escalation, pointing at the hook to move', () => {
    const episode = goodEpisode({ beats: [beats.talk(), beats.hook(), beats.reveal(), beats.react(), beats.cliff()] });
    expect(findingsOf('hook-in-3s', { episodes: [episode] }).map((f) => [f.path, f.message, f.fix])).toEqual([
      [['beats', 0, 'role'], 'The episode opens on beats[0] ("talk"), an escalation beat, not the hook', 'Move beats[1] ("hook") to the front: the first seconds decide whether a viewer stays'],
    ]);
  });

  it('counts a spoken line, not a face: a silent reaction first gives no words', () => {
    const episode = goodEpisode({ beats: [beats.react({ role: 'hook', durationInSeconds: 4 }), beats.talk(), beats.reveal(), beats.cliff()] });
    expect(findingsOf('hook-in-3s', { episodes: [episode] }).map((f) => f.message)).toEqual(['Nothing is said or written on screen in the first 3 s: the first words come at 4.37 s']);
  });
});

describe('beat-order', () => {
  it('passes hook → escalation → reveal → reaction → cliffhanger, and a reveal before any escalation', () => {
    expect(findingsOf('beat-order')).toEqual([]);
    const revealFirst = goodEpisode({ beats: [beats.hook(), beats.reveal(), beats.talk(), beats.react(), beats.cliff()] });
    expect(findingsOf('beat-order', { episodes: [revealFirst] })).toEqual([]);
  });

  it('flags a second hook in the middle', () => {
    const episode = goodEpisode({ beats: [beats.hook(), beats.talk({ role: 'hook' }), beats.reveal(), beats.react(), beats.cliff()] });
    expect(findingsOf('beat-order', { episodes: [episode] })).toEqual([
      {
        ruleId: 'beat-order',
        severity: 'error',
        file: E01,
        path: ['beats', 1, 'role'],
        episodeId: E01,
        timeInSeconds: 3,
        message: 'beats[1] ("talk") is a second hook, in the middle of the episode',
        fix: 'Give it role "escalation" or "reveal": an episode has one hook, at the start',
      },
    ]);
  });

  it('flags a cliffhanger in the middle and an episode without a reveal', () => {
    const episode = goodEpisode({ beats: [beats.hook(), beats.talk({ role: 'cliffhanger' }), beats.react(), beats.cliff()] });
    expect(findingsOf('beat-order', { episodes: [episode] }).map((f) => [f.path, f.message])).toEqual([
      [['beats'], 'The episode has no reveal'],
      [['beats', 1, 'role'], 'beats[1] ("talk") is a cliffhanger in the middle of the episode'],
    ]);
  });
});

describe('ends-on-cliffhanger', () => {
  it('passes a cliffhanger whose last line lands exactly 8 s before the end', () => {
    // The line starts 11 frames into a 251-frame beat: 240 frames = 8.0 s before the end.
    const episode = goodEpisode({ beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react(), beats.cliff({ durationInSeconds: 251 / 30 })] });
    expect(findingsOf('ends-on-cliffhanger', { episodes: [episode] })).toEqual([]);
  });

  it('fails one frame later, at the time the line lands', () => {
    const episode = goodEpisode({ beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react(), beats.cliff({ durationInSeconds: 252 / 30 })] });
    expect(findingsOf('ends-on-cliffhanger', { episodes: [episode] })).toEqual([
      {
        ruleId: 'ends-on-cliffhanger',
        severity: 'error',
        file: E01,
        path: ['beats', 4],
        episodeId: E01,
        timeInSeconds: 54.37,
        message: 'The cliffhanger lands 8.03 s before the end, more than 8 s',
        fix: "End within 8 s of the turn: shorten the beat's durationInSeconds or its last line",
      },
    ]);
  });

  it('fails an episode that ends on a reaction, and one with beats after its cliffhanger', () => {
    const noCliff = goodEpisode({ beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react()] });
    const after = goodEpisode({ beats: [beats.hook(), beats.talk(), beats.reveal(), beats.cliff(), beats.react()] });
    expect(findingsOf('ends-on-cliffhanger', { episodes: [noCliff, after].map((e, i) => ({ ...e, number: i + 1 })) }).map((f) => [f.episodeId, f.path, f.message, f.fix])).toEqual([
      ['test-series-e01', ['beats', 3, 'role'], 'The episode ends on beats[3] ("shock"), an escalation beat, not a cliffhanger', 'End on a cliffhanger beat (type "cliffhanger"): unresolved enough that the viewer wants the next part'],
      ['test-series-e02', ['beats', 4, 'role'], 'beats[3] ("end") is the cliffhanger, but 1 beat follows it', 'End the episode on the cliffhanger: move or cut the beats after it'],
    ]);
  });
});

describe('cliffhanger-variety', () => {
  it('passes five episodes with five different endings', () => {
    expect(findingsOf('cliffhanger-variety', { episodes: [1, 2, 3, 4, 5].map((n) => nthEpisode(n)) })).toEqual([]);
  });

  it('flags the same type twice in a row, on the later episode, suggesting types not used lately', () => {
    const episodes = [nthEpisode(1), nthEpisode(2, { beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react(), beats.cliff({ cliffhangerType: 'threat' })] })];
    expect(findingsOf('cliffhanger-variety', { episodes })).toEqual([
      {
        ruleId: 'cliffhanger-variety',
        severity: 'warning',
        file: 'test-series-e02',
        path: ['beats', 4, 'cliffhangerType'],
        episodeId: 'test-series-e02',
        timeInSeconds: null,
        message: 'Ends on a "threat" cliffhanger, like e01 before it',
        fix: 'Vary the ending, e.g. "reveal", "arrival", "decision", "question", "danger", "betrayal"',
      },
    ]);
  });

  it('flags one type ending more than 40% of five or more episodes, once, on its latest use', () => {
    const types = ['threat', 'arrival', 'threat', 'decision', 'threat'] as const;
    const episodes = types.map((t, i) => nthEpisode(i + 1, { beats: [beats.hook(), beats.talk(), beats.reveal(), beats.react(), beats.cliff({ cliffhangerType: t })] }));
    expect(findingsOf('cliffhanger-variety', { episodes }).map((f) => [f.episodeId, f.message])).toEqual([['test-series-e05', '"threat" ends 3 of 5 episodes (e01, e03, e05)']]);
    expect(findingsOf('cliffhanger-variety', { episodes: episodes.slice(0, 4) })).toEqual([]);
  });
});
