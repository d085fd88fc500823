import { describe, expect, it } from 'vitest';
import { episodeId, resolveEpisode, TRANSITION_FRAMES } from '../../src/timeline';
import { dialogueBeat, parsedJob } from '../fixtures/minimal';

// A one-line dialogue beat ("What?") needs 59 frames; a silent reaction 66.
const reaction = (id: string, transition?: 'cut' | 'fade' | 'flash' | 'whip') =>
  ({ type: 'reaction', id, shot: { description: 'Maya.' }, character: 'maya', emotion: 'shock', ...(transition ? { transition } : {}) }) as const;

describe('episodeId', () => {
  it('pads the episode number to two digits', () => {
    expect([episodeId('show', 1), episodeId('show', 12), episodeId('show', 123)]).toEqual(['show-e01', 'show-e12', 'show-e123']);
  });
});

describe('resolveEpisode', () => {
  it('places beats back to back on a 1080x1920, 30 fps timeline', () => {
    const job = parsedJob({ number: 3, beats: [dialogueBeat(), reaction('shock')] });
    const resolved = resolveEpisode(job);
    expect({ ...resolved, beats: resolved.beats.map(({ beat, lines, ...rest }) => ({ id: beat.id, lines: lines.length, ...rest })) }).toEqual({
      id: 'test-series-e03',
      fps: 30,
      width: 1080,
      height: 1920,
      durationInFrames: 125,
      series: job.series,
      episode: job.episode,
      characters: new Map(job.series.characters.map((c) => [c.id, c])),
      beats: [
        { id: 'talk', lines: 1, index: 0, fromInFrames: 0, durationInFrames: 59, transitionInFrames: 0, insertTiming: null, cardFromInFrames: null, neededInFrames: 59 },
        { id: 'shock', lines: 0, index: 1, fromInFrames: 59, durationInFrames: 66, transitionInFrames: 0, insertTiming: null, cardFromInFrames: null, neededInFrames: 66 },
      ],
      safeArea: { x: 65, y: 269, width: 835, height: 1191 },
      recap: null,
    });
  });

  it('plays a transition inside the incoming beat, so the total length does not change', () => {
    const cut = resolveEpisode(parsedJob({ beats: [dialogueBeat(), reaction('shock')] }));
    const faded = resolveEpisode(parsedJob({ beats: [dialogueBeat(), reaction('shock', 'fade')] }));
    expect(faded.durationInFrames).toBe(cut.durationInFrames);
    expect(faded.beats.map((b) => [b.fromInFrames, b.durationInFrames, b.transitionInFrames])).toEqual([
      [0, 59, 0],
      [59, 66, TRANSITION_FRAMES.fade],
    ]);
  });

  it('gives each transition its own length', () => {
    const beats = [dialogueBeat(), reaction('a', 'fade'), reaction('b', 'flash'), reaction('c', 'whip'), reaction('d', 'cut')];
    expect(resolveEpisode(parsedJob({ beats })).beats.map((b) => b.transitionInFrames)).toEqual([0, 9, 6, 8, 0]);
  });

  it('ignores the transition of the first beat: there is nothing to come from', () => {
    expect(resolveEpisode(parsedJob({ beats: [reaction('shock', 'fade')] })).beats[0]?.transitionInFrames).toBe(0);
  });

  it('uses an explicit duration instead of the content time', () => {
    const resolved = resolveEpisode(parsedJob({ beats: [dialogueBeat({ durationInSeconds: 3 }), reaction('shock')] }));
    expect(resolved.beats.map((b) => [b.fromInFrames, b.durationInFrames, b.neededInFrames])).toEqual([
      [0, 90, 59],
      [90, 66, 66],
    ]);
    expect(resolved.durationInFrames).toBe(156);
  });

  it('rounds an explicit duration up to whole frames, and never below one frame', () => {
    // 1.01 s is 30.3 frames → 31. 0.01 s is 0.3 frames → 1, and a fade cannot be longer than its beat.
    // 1e-12 s rounds to no frame at all: the beat still gets one.
    const beats = [dialogueBeat({ durationInSeconds: 1.01 }), { ...reaction('a', 'fade'), durationInSeconds: 0.01 }, { ...reaction('b'), durationInSeconds: 1e-12 }];
    expect(resolveEpisode(parsedJob({ beats })).beats.map((b) => [b.durationInFrames, b.transitionInFrames])).toEqual([
      [31, 0],
      [1, 1],
      [1, 0],
    ]);
  });

  it('keeps the timing of lines, inserts and cards relative to their beat', () => {
    const resolved = resolveEpisode(
      parsedJob({
        beats: [
          dialogueBeat(),
          { type: 'insert', id: 'call', shot: { description: 'Phone.' }, insert: { kind: 'missed-call', caller: 'Jun' } },
          { type: 'cliffhanger', id: 'end', shot: { description: 'Door.' }, cliffhangerType: 'arrival' },
        ],
      }),
    );
    expect(resolved.beats.map((b) => [b.fromInFrames, b.lines[0]?.fromInFrames ?? null, b.insertTiming?.itemFromInFrames ?? null, b.cardFromInFrames])).toEqual([
      [0, 11, null, null],
      [59, null, [11], null],
      [175, null, null, 11],
    ]);
    expect(resolved.durationInFrames).toBe(59 + 116 + 86);
  });
});
