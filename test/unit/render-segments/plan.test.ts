import { describe, expect, it } from 'vitest';
import { MIN_SEGMENT_FRAMES, planSegments } from '../../../src/render/segments';

const beat = (index: number, fromInFrames: number, durationInFrames: number) => ({ index, fromInFrames, durationInFrames });
const cue = (fromInFrames: number, durationInFrames: number) => ({ fromInFrames, durationInFrames });

describe('planSegments', () => {
  it('makes one segment per beat when no caption is on screen', () => {
    expect(planSegments({ episode: { recap: null, beats: [beat(0, 0, 40), beat(1, 40, 60)] }, cues: [] })).toEqual([
      { fromInFrames: 0, durationInFrames: 40, beatIndex: 0 },
      { fromInFrames: 40, durationInFrames: 60, beatIndex: 1 },
    ]);
  });

  it('puts the recap first, as a segment of no beat', () => {
    expect(planSegments({ episode: { recap: { durationInFrames: 45 }, beats: [beat(0, 45, 30)] }, cues: [] })).toEqual([
      { fromInFrames: 0, durationInFrames: 45, beatIndex: null },
      { fromInFrames: 45, durationInFrames: 30, beatIndex: 0 },
    ]);
  });

  it('cuts a beat where a caption starts and ends, so an edited line re-renders only its frames', () => {
    expect(planSegments({ episode: { recap: null, beats: [beat(0, 0, 100)] }, cues: [cue(20, 50)] })).toEqual([
      { fromInFrames: 0, durationInFrames: 20, beatIndex: 0 },
      { fromInFrames: 20, durationInFrames: 50, beatIndex: 0 },
      { fromInFrames: 70, durationInFrames: 30, beatIndex: 0 },
    ]);
  });

  it('never cuts across a beat: a caption running over a cut is cut with it', () => {
    expect(planSegments({ episode: { recap: null, beats: [beat(0, 0, 50), beat(1, 50, 50)] }, cues: [cue(30, 40)] })).toEqual([
      { fromInFrames: 0, durationInFrames: 30, beatIndex: 0 },
      { fromInFrames: 30, durationInFrames: 20, beatIndex: 0 },
      { fromInFrames: 50, durationInFrames: 20, beatIndex: 1 },
      { fromInFrames: 70, durationInFrames: 30, beatIndex: 1 },
    ]);
  });

  it(`cuts exactly ${MIN_SEGMENT_FRAMES} frames from either edge, but not one frame closer`, () => {
    const at = (cutAt: number) => planSegments({ episode: { recap: null, beats: [beat(0, 0, 60)] }, cues: [cue(cutAt, 60 - cutAt)] }).map((s) => s.durationInFrames);
    expect(at(MIN_SEGMENT_FRAMES)).toEqual([MIN_SEGMENT_FRAMES, 60 - MIN_SEGMENT_FRAMES]);
    expect(at(MIN_SEGMENT_FRAMES - 1)).toEqual([60]);
    expect(at(60 - MIN_SEGMENT_FRAMES)).toEqual([60 - MIN_SEGMENT_FRAMES, MIN_SEGMENT_FRAMES]);
    expect(at(60 - MIN_SEGMENT_FRAMES + 1)).toEqual([60]);
  });

  it('skips a cut that would leave a piece shorter than the minimum after the previous cut', () => {
    const segments = planSegments({ episode: { recap: null, beats: [beat(0, 0, 90)] }, cues: [cue(20, 10), cue(40, 30)] });
    expect(segments.map((s) => [s.fromInFrames, s.durationInFrames])).toEqual([[0, 20], [20, 20], [40, 30], [70, 20]]);
  });

  it('covers every frame exactly once', () => {
    const segments = planSegments({ episode: { recap: { durationInFrames: 12 }, beats: [beat(0, 12, 33), beat(1, 45, 1), beat(2, 46, 80)] }, cues: [cue(14, 20), cue(50, 40), cue(95, 25)] });
    const frames = segments.flatMap((s) => [...Array(s.durationInFrames).keys()].map((i) => s.fromInFrames + i));
    expect(frames).toEqual([...Array(126).keys()]);
  });
});
