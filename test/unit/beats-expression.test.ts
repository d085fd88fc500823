import { describe, expect, it } from 'vitest';
import { NEUTRAL, expressionAt, expressionsOf } from '../../src/beats/animatic/expression';

describe('expressionsOf', () => {
  it('reads each turn of an emotion as its own face', () => {
    expect(expressionsOf('confusion hardening into shock').map((e) => e.mouth)).toEqual(['neutral', 'open']);
    expect(expressionsOf('fear, then the first flicker of a plan').map((e) => e.mouth)).toEqual(['open', 'smile']);
    expect(expressionsOf('guilt he cannot hide').map((e) => e.mouth)).toEqual(['frown']);
  });

  it('keeps a neutral face for words it does not know', () => {
    expect(expressionsOf('something unnamed')).toEqual([NEUTRAL]);
  });
});

describe('expressionAt', () => {
  const phases = expressionsOf('amusement cooling into suspicion');
  it('holds each phase for an equal share of the beat and blends at the turn', () => {
    expect(expressionAt({ phases, frame: 0, durationInFrames: 60 })).toEqual(phases[0]);
    expect(expressionAt({ phases, frame: 29, durationInFrames: 60 })).toEqual(phases[0]);
    expect(expressionAt({ phases, frame: 30, durationInFrames: 60 })).toEqual(phases[0]);
    expect(expressionAt({ phases, frame: 38, durationInFrames: 60 })).toEqual(phases[1]);
    expect(expressionAt({ phases, frame: 34, durationInFrames: 60 }).eyeOpen).toBeCloseTo((phases[0]!.eyeOpen + phases[1]!.eyeOpen) / 2);
  });

  it('is neutral without phases', () => {
    expect(expressionAt({ phases: [], frame: 10, durationInFrames: 60 })).toEqual(NEUTRAL);
  });
});
