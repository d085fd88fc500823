import { describe, expect, it } from 'vitest';
import { transitionLook } from '../../src/beats/transition/transition-look';

const none = { xPx: 0, veil: null, streaks: 0 };

describe('transitionLook', () => {
  it('comes up from black on a fade', () => {
    expect(transitionLook({ kind: 'fade', frame: 0, durationInFrames: 9 })).toEqual({ xPx: 0, veil: { color: 'black', opacity: 1 }, streaks: 0 });
    expect(transitionLook({ kind: 'fade', frame: 8, durationInFrames: 9 }).veil!.opacity).toBeGreaterThan(0);
  });

  it('burns out of white on a flash', () => {
    expect(transitionLook({ kind: 'flash', frame: 0, durationInFrames: 6 })).toEqual({ xPx: 0, veil: { color: 'white', opacity: 1 }, streaks: 0 });
  });

  it('slides the beat in from the right on a whip', () => {
    expect(transitionLook({ kind: 'whip', frame: 0, durationInFrames: 8 })).toEqual({ xPx: 1080, veil: null, streaks: 1 });
    expect(transitionLook({ kind: 'whip', frame: 7, durationInFrames: 8 }).xPx).toBeLessThan(10);
  });

  it('leaves the beat untouched after its transition frames, on a cut, and when it has none', () => {
    expect(transitionLook({ kind: 'fade', frame: 9, durationInFrames: 9 })).toEqual(none);
    expect(transitionLook({ kind: 'cut', frame: 0, durationInFrames: 0 })).toEqual(none);
    expect(transitionLook({ kind: 'whip', frame: 0, durationInFrames: 0 })).toEqual(none);
  });
});
