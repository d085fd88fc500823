import { describe, expect, it } from 'vitest';
import { contentWords, countSentences, overlap, withArticle } from '../../src/lint/text';

describe('countSentences', () => {
  it('counts sentence ends before a capital letter or a digit', () => {
    expect(countSentences('She works nights. Something is wrong! Is it 3 a.m.? 12 patients wait.')).toBe(4);
  });
  it('does not split after titles, initials or e.g.', () => {
    expect(countSentences('Dr. Marsh and J. Park hide a secret, e.g. Room 12, from Mrs. Ortiz.')).toBe(1);
  });
  it('counts nothing in an empty text and one sentence without a final stop', () => {
    expect(countSentences('  ')).toBe(0);
    expect(countSentences('A nurse finds her brother')).toBe(1);
  });
});

describe('contentWords and overlap', () => {
  it('drops stop words and ignored names, and stems plurals and verbs', () => {
    expect([...contentWords('Maya catches the thief and finds their files', new Set(['maya']))]).toEqual(['catch', 'thief', 'file']);
  });
  it('measures shared words over all words', () => {
    expect(overlap(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
    expect(overlap(new Set(), new Set(['a']))).toBe(0);
  });
});

describe('withArticle', () => {
  it('uses "an" before a vowel', () => {
    expect([withArticle('escalation'), withArticle('reveal')]).toEqual(['an escalation', 'a reveal']);
  });
});
