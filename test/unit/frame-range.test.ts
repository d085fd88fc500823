import { describe, expect, it } from 'vitest';
import { CliffhangerError } from '../../src/errors';
import { checkFrame, parseFrameRange } from '../../src/render/frame-range';

/** The message a call throws as a CliffhangerError; fails the test if it does not throw one. */
const messageOf = (call: () => unknown): string => {
  try {
    call();
  } catch (error) {
    if (error instanceof CliffhangerError) return error.message;
    throw error;
  }
  throw new Error('expected a CliffhangerError');
};

describe('parseFrameRange', () => {
  it('parses a range and a single frame', () => {
    expect(parseFrameRange('30-59', 90)).toEqual([30, 59]);
    expect(parseFrameRange('42', 90)).toEqual([42, 42]);
    expect(parseFrameRange(' 5-5 ', 90)).toEqual([5, 5]);
  });

  it('accepts the first and the last frame, and rejects one past the last', () => {
    expect(parseFrameRange('0-89', 90)).toEqual([0, 89]);
    expect(parseFrameRange('89', 90)).toEqual([89, 89]);
    expect(messageOf(() => parseFrameRange('0-90', 90))).toBe(
      `--frames: must stay inside the episode's 90 frames (0-89), but got "0-90". Use a range inside 0-89, e.g. --frames 0-89`,
    );
    expect(messageOf(() => parseFrameRange('90', 90))).toBe(
      `--frames: must stay inside the episode's 90 frames (0-89), but got "90". Use a range inside 0-89, e.g. --frames 0-89`,
    );
  });

  it('rejects a range that ends before it starts', () => {
    expect(messageOf(() => parseFrameRange('10-5', 90))).toBe('--frames: must not end before it starts, but got "10-5". Use a range inside 0-89, e.g. --frames 0-89');
  });

  it('rejects text, negative numbers and fractions', () => {
    for (const value of ['abc', '-5', '1.5', '3-', '1-2-3']) {
      expect(messageOf(() => parseFrameRange(value, 90))).toBe(
        `--frames: must be a frame number or a range like 0-89, but got "${value}". Use a range inside 0-89, e.g. --frames 0-89`,
      );
    }
  });

  it('gives an example inside a short episode', () => {
    expect(messageOf(() => parseFrameRange('0-40', 30))).toBe(
      `--frames: must stay inside the episode's 30 frames (0-29), but got "0-40". Use a range inside 0-29, e.g. --frames 0-29`,
    );
  });
});

describe('checkFrame', () => {
  const outside = (frame: number) =>
    `--frame: must be a whole frame number inside the episode's 90 frames (0-89), but got ${frame}. Pick a frame inside the episode; \`cliffhanger list\` shows durations`;

  it('accepts the first and the last frame', () => {
    expect([checkFrame(0, 90), checkFrame(89, 90)]).toEqual([0, 89]);
  });

  it('rejects one before the first, one past the last, and fractions', () => {
    expect(messageOf(() => checkFrame(-1, 90))).toBe(outside(-1));
    expect(messageOf(() => checkFrame(90, 90))).toBe(outside(90));
    expect(messageOf(() => checkFrame(1.5, 90))).toBe(outside(1.5));
    expect(messageOf(() => checkFrame(Number.NaN, 90))).toBe(outside(Number.NaN));
  });
});
