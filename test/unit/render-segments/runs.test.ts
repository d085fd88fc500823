import { describe, expect, it } from 'vitest';
import { cutsOf, runsOf, withKeyframesAt } from '../../../src/render/segments';

const seg = (fromInFrames: number, durationInFrames: number) => ({ fromInFrames, durationInFrames, beatIndex: 0 });
const segments = [seg(0, 20), seg(20, 15), seg(35, 30), seg(65, 25)];

describe('runsOf', () => {
  it('groups adjacent missing segments into one run and keeps cached ones out', () => {
    expect(runsOf(segments, [true, true, false, true])).toEqual([
      { fromInFrames: 0, durationInFrames: 35, segments: [seg(0, 20), seg(20, 15)] },
      { fromInFrames: 65, durationInFrames: 25, segments: [seg(65, 25)] },
    ]);
  });

  it('is one run over the whole episode when nothing is cached, and none when everything is', () => {
    expect(runsOf(segments, [true, true, true, true])).toEqual([{ fromInFrames: 0, durationInFrames: 90, segments }]);
    expect(runsOf(segments, [false, false, false, false])).toEqual([]);
  });
});

describe('cutsOf', () => {
  it('names the first frame of every segment after the first, counted from the run', () => {
    expect(cutsOf({ fromInFrames: 20, durationInFrames: 70, segments: [seg(20, 15), seg(35, 30), seg(65, 25)] })).toEqual([15, 45]);
    expect(cutsOf({ fromInFrames: 20, durationInFrames: 15, segments: [seg(20, 15)] })).toEqual([]);
  });
});

describe('withKeyframesAt', () => {
  const encode = ['-i', '-', '-c:v', 'libx264', '-crf', '18', '-y', '/tmp/out.mp4'];

  it('forces keyframes at the cuts, before the output path of the call that encodes', () => {
    expect(withKeyframesAt(encode, [15, 45])).toEqual(['-i', '-', '-c:v', 'libx264', '-crf', '18', '-y', '-force_key_frames', 'expr:eq(n,15)+eq(n,45)', '/tmp/out.mp4']);
  });

  it('leaves a call that only copies streams, and a run without cuts, as they are', () => {
    const copy = ['-i', 'pre.mp4', '-c:v', 'copy', '-y', '/tmp/out.mp4'];
    expect(withKeyframesAt(copy, [15])).toEqual(copy);
    expect(withKeyframesAt(encode, [])).toEqual(encode);
  });
});
