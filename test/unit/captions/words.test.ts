import { describe, expect, it } from 'vitest';
import { splitWords, timeWords } from '../../../src/captions';
import { findPhrase, normalizeWord, phraseFlags } from '../../../src/captions/phrase';

describe('timeWords', () => {
  it('spreads a cue\'s frames over its words by length, a pause after punctuation, filling the cue exactly', () => {
    // Weights: "Out." 4 + 1 + 2 = 7, "now" 3 + 1 = 4: 30 frames × 7/11 = 19.09 → 19.
    expect(timeWords({ words: ['Out.', 'now'], fromInFrames: 100, durationInFrames: 30, emphasis: [false, true] })).toEqual([
      { text: 'Out.', fromInFrames: 100, durationInFrames: 19, emphasis: false },
      { text: 'now', fromInFrames: 119, durationInFrames: 11, emphasis: true },
    ]);
  });

  it('gives words 0 frames only when a cue has more words than frames', () => {
    const words = timeWords({ words: ['a', 'b', 'c'], fromInFrames: 0, durationInFrames: 2 });
    expect(words.map((w) => w.durationInFrames)).toEqual([1, 0, 1]);
    expect(timeWords({ words: ['a', 'b'], fromInFrames: 0, durationInFrames: 2 }).map((w) => w.durationInFrames)).toEqual([1, 1]);
  });

  it('splits words on any whitespace', () => {
    expect(splitWords(' One\ttwo\nthree ')).toEqual(['One', 'two', 'three']);
  });
});

describe('phrases', () => {
  it('compares words without case, punctuation or curly quotes', () => {
    expect(normalizeWord('“Don’t!”')).toBe("don't");
    expect(findPhrase({ words: ['It', 'was', 'YOUR', 'files.'], phrase: 'your files' })).toEqual({ index: 2, length: 2 });
    expect(findPhrase({ words: ['a', 'b', 'a'], phrase: 'a', from: 1 })).toEqual({ index: 2, length: 1 });
    expect(findPhrase({ words: ['a', 'b'], phrase: 'c' })).toBeNull();
    expect(findPhrase({ words: ['a', '—'], phrase: '—' })).toBeNull();
  });

  it('flags the words of the first occurrence only', () => {
    expect(phraseFlags(['no', 'means', 'no'], 'no')).toEqual([true, false, false]);
    expect(phraseFlags(['no'], undefined)).toEqual([false]);
  });
});
