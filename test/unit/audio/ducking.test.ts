import { describe, expect, it } from 'vitest';
import { duckAmount, duckedDb } from '../../../src/audio/ducking';
import { cueVolumeAt } from '../../../src/audio/cue-volume';

const speech = [[30, 60]] as const;
const amount = (frame: number) => duckAmount({ frame, speech, attackInFrames: 10, releaseInFrames: 20 });

describe('duckAmount', () => {
  it('is fully down while a line is spoken, on its first and last frame', () => {
    expect([amount(30), amount(45), amount(59)]).toEqual([1, 1, 1]);
  });

  it('goes down over the attack before the line, so the dip is complete when the words start', () => {
    expect([amount(19), amount(20), amount(25), amount(29)]).toEqual([0, 0, 0.5, 0.9]);
  });

  it('comes back over the release after the line', () => {
    expect([amount(60), amount(69), amount(79), amount(80)]).toEqual([0.95, 0.5, 0, 0]);
  });

  it('takes the deepest dip where two lines\' ramps overlap, and is 0 without speech', () => {
    expect(duckAmount({ frame: 65, speech: [[30, 60], [70, 90]], attackInFrames: 10, releaseInFrames: 20 })).toBe(0.7);
    expect(duckAmount({ frame: 65, speech: [], attackInFrames: 10, releaseInFrames: 20 })).toBe(0);
  });

  it('jumps straight down and up when the ramps are zero', () => {
    expect([29, 30, 60].map((frame) => duckAmount({ frame, speech, attackInFrames: 0, releaseInFrames: 0 }))).toEqual([0, 1, 0]);
  });
});

describe('duckedDb', () => {
  it('lowers the bed by the duck depth under speech, converting seconds to frames', () => {
    const duck = { depthDb: 12, attackSeconds: 0.5, releaseSeconds: 1 };
    expect([0, 25, 45].map((frame) => duckedDb({ frame, speech, volumeDb: -14, duck, fps: 30 }))).toEqual([-14, -22, -26]);
  });
});

describe('cueVolumeAt', () => {
  const level = { kind: 'level', db: -6, fadeInFrames: 4, fadeOutFrames: 4 } as const;
  const at = (frame: number) => cueVolumeAt({ volume: level, frame, fromInFrames: 100, durationInFrames: 40, fps: 30 });

  it('holds a constant level with short fades at the edges', () => {
    expect([at(0), at(3), at(20), at(36), at(39)].map((v) => Number(v.toFixed(4)))).toEqual([0.1253, 0.5012, 0.5012, 0.5012, 0.1253]);
  });

  it('ducks a music cue by its absolute frame on the episode timeline', () => {
    const music = { kind: 'music', db: 0, duck: { depthDb: 20, attackSeconds: 0, releaseSeconds: 0 }, speech: [[130, 140]], fadeInFrames: 0, fadeOutFrames: 0 } as const;
    expect([29, 30].map((frame) => cueVolumeAt({ volume: music, frame, fromInFrames: 100, durationInFrames: 100, fps: 30 }))).toEqual([1, 0.1]);
  });
});
