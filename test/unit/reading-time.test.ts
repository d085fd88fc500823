import { describe, expect, it } from 'vitest';
import { countWords, readingSeconds, secondsToFrames } from '../../src/timeline';

describe('readingSeconds', () => {
  it('gives a one-word line the minimum time', () => {
    expect(readingSeconds('What?')).toBe(1);
  });
  it('times a long line by its words', () => {
    // 9 words / 2.7 words per second = 3.33 s; 47 characters / 15 = 3.13 s
    expect(readingSeconds('The board loves it and we launch on Friday morning.')).toBeCloseTo(10 / 2.7, 5);
  });
  it('times a line of long words by its characters, so captions stay under 17 characters per second', () => {
    const line = 'Unquestionably, extraordinarily, incomprehensibly wrong.';
    expect(readingSeconds(line)).toBeCloseTo(line.length / 15, 5);
  });
});

describe('countWords', () => {
  it('ignores surrounding and repeated spaces', () => {
    expect(countWords('  two   words ')).toBe(2);
  });
  it('counts no words in empty or blank text', () => {
    expect([countWords(''), countWords('   ')]).toEqual([0, 0]);
  });
});

describe('readingSeconds at the minimum', () => {
  it('gives empty text the one-second minimum, and leaves a line just over it alone', () => {
    expect(readingSeconds('')).toBe(1);
    // 16 characters / 15 per second = 1.067 s
    expect(readingSeconds('Unquestionably!!')).toBeCloseTo(16 / 15, 5);
  });
});

describe('secondsToFrames', () => {
  it('rounds up so nothing is cut short', () => {
    expect(secondsToFrames(1.01, 30)).toBe(31);
  });
  it('keeps exact frame counts exact despite floating point', () => {
    expect(secondsToFrames(0.1 * 3, 30)).toBe(9);
    expect(secondsToFrames(0, 30)).toBe(0);
  });
  it('never returns a negative frame count', () => {
    expect(secondsToFrames(-1, 30)).toBe(0);
  });
});
