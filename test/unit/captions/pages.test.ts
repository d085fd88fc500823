import { describe, expect, it } from 'vitest';
import { cueAt, cuePages, pageAt, pageText, splitWords, timeWords, type CaptionCue } from '../../../src/captions';

const cueOf = (text: string, fromInFrames: number, durationInFrames: number): CaptionCue => ({
  text,
  fromInFrames,
  durationInFrames,
  words: timeWords({ words: splitWords(text), fromInFrames, durationInFrames }),
  speakerId: 'maya',
  origin: null,
  fileLine: null,
});
const LONG = cueOf('He asked me to move your files. I thought it was a promotion.', 100, 150);
const rows = (cue: CaptionCue, pageMs: number, fits?: (t: string) => boolean) => cuePages({ cue, fps: 30, pageMs, fits }).map((p) => [p.fromInFrames, p.durationInFrames, pageText(p.words)]);

describe('cuePages', () => {
  it('keeps a cue on one page when its words are spoken within pageMs', () => {
    expect(rows(LONG, 10_000)).toEqual([[100, 150, 'He asked me to move your files. I thought it was a promotion.']]);
  });

  it('starts a new page only where a phrase starts, and the pages cover the cue\'s frames exactly', () => {
    const pages = rows(LONG, 1000);
    expect(pages.map((p) => p[2])).toEqual(['He asked me to move your files.', 'I thought it was a promotion.']);
    expect(pages[0]?.[0]).toBe(100);
    expect(pages.reduce((sum, p) => sum + Number(p[1]), 0)).toBe(150);
    expect(Number(pages[1]?.[0])).toBe(Number(pages[0]?.[0]) + Number(pages[0]?.[1]));
  });

  it('gives every phrase its own page at pageMs 0', () => {
    expect(rows(cueOf('Stop. Now, please.', 0, 60), 0).map((p) => p[2])).toEqual(['Stop.', 'Now,', 'please.']);
  });

  it('halves a page that does not fit, at a phrase end near the middle, until it fits or is one word', () => {
    expect(rows(LONG, 10_000, (t) => t.length <= 32).map((p) => p[2])).toEqual(['He asked me to move your files.', 'I thought it was a promotion.']);
    expect(rows(cueOf('Unbelievable', 0, 30), 10_000, () => false).map((p) => p[2])).toEqual(['Unbelievable']);
  });
});

describe('cueAt and pageAt', () => {
  const cues = [cueOf('One.', 10, 20), cueOf('Two.', 32, 10)];

  it('find the cue on screen on exactly its frames', () => {
    expect([9, 10, 29, 30, 31, 32, 41, 42].map((f) => cueAt(cues, f)?.text ?? null)).toEqual([null, 'One.', 'One.', null, null, 'Two.', 'Two.', null]);
    expect(cueAt([], 0)).toBeNull();
  });

  it('find the page on screen', () => {
    const pages = cuePages({ cue: LONG, fps: 30, pageMs: 1000 });
    const second = pages[1]!;
    expect([99, 100, second.fromInFrames - 1, second.fromInFrames, 249, 250].map((f) => (pageAt(pages, f) === null ? null : pages.indexOf(pageAt(pages, f)!)))).toEqual([null, 0, 0, 1, 1, null]);
  });
});
