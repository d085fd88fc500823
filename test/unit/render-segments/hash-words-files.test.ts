import { describe, expect, it } from 'vitest';
import { hashOf, namedFiles, stableStringify, stringsIn, withoutWords } from '../../../src/render/segments';
import { parsedJob } from '../../fixtures/minimal';

describe('stableStringify and hashOf', () => {
  it('sort object keys at every depth, keep array order, and spell out maps', () => {
    expect(stableStringify({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(stableStringify(new Map([['k', { y: 1, x: 2 }]]))).toBe('[["k",{"x":2,"y":1}]]');
    expect(stableStringify(undefined)).toBe('undefined');
  });

  it('hash equal values equally and different values differently', () => {
    expect(hashOf({ a: 1, b: 2 })).toBe(hashOf({ b: 2, a: 1 }));
    expect(hashOf({ a: 1, b: 2 })).not.toBe(hashOf({ a: 1, b: 3 }));
    expect(hashOf([1, 2])).not.toBe(hashOf([2, 1]));
    expect(hashOf({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('withoutWords', () => {
  it('blanks the text of every line and drops its caption changes and parenthetical, keeping speaker and recording', () => {
    const { episode } = parsedJob({ beats: [{ type: 'dialogue', id: 'talk', shot: { description: 'x' }, dialogue: [{ speaker: 'maya', text: 'Hi.', parenthetical: 'quietly', voice: 'a/b.wav', caption: { emphasis: 'Hi' } }] }] });
    expect(withoutWords(episode).beats[0]?.dialogue).toEqual([{ speaker: 'maya', text: '', voice: 'a/b.wav' }]);
    expect(withoutWords(episode).beats[0]?.shot).toEqual(episode.beats[0]?.shot);
  });
});

describe('stringsIn and namedFiles', () => {
  it('collect every string of a value, inside arrays, objects and maps', () => {
    expect(stringsIn({ a: 'x', b: [1, 'y', { c: 'z' }], m: new Map([['k', 'w']]), n: null })).toEqual(['x', 'y', 'z', 'w']);
  });

  it('keep the strings that name files, once each, sorted, with their hashes', () => {
    const hash = (src: string) => ({ 'b.mp4': 'hb', 'a.png': 'ha' })[src] ?? null;
    expect(namedFiles({ media: 'b.mp4', still: 'a.png', again: 'b.mp4', text: 'not a file' }, hash)).toEqual([['a.png', 'ha'], ['b.mp4', 'hb']]);
    expect(namedFiles({ text: 'nothing' }, hash)).toEqual([]);
  });
});
