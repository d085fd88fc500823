import { describe, expect, it } from 'vitest';
import { lineAt } from '../../src/beats/lines/line-layout';
import { emphasisedWords, overlayFontSize } from '../../src/beats/hook/overlay-layout';
import { parsedJob } from '../fixtures/minimal';
import type { TimedLine } from '../../src/timeline';

const maya = parsedJob().series.characters[0]!;
const line = (fromInFrames: number, durationInFrames: number): TimedLine => ({ line: { speaker: 'maya', text: 'What?' }, speaker: maya, fromInFrames, durationInFrames });

describe('lineAt', () => {
  const lines = [line(11, 30), line(48, 30)];
  it('shows a line exactly on its frames', () => {
    expect([10, 11, 40, 41, 47, 48, 77, 78].map((f) => lineAt(lines, f)?.fromInFrames ?? null)).toEqual([null, 11, 11, null, null, 48, 48, null]);
  });
});

describe('overlay layout', () => {
  it('sizes hook text to fit two lines, between 84 and 150 px', () => {
    expect(overlayFontSize('That’s MY design.', 810)).toBe(150);
    // 21 characters: 810 px × 2 lines × 0.88 / (0.5 em × 21) = 136 px
    expect(overlayFontSize('11:48 PM. His office.', 810)).toBe(136);
    expect(overlayFontSize('A much longer hook line that will not fit on two lines at all', 810)).toBe(84);
  });

  it('marks the words a writer put in capitals, but not times or all-caps text', () => {
    expect(emphasisedWords('That’s MY design.')).toEqual([
      { word: 'That’s', emphasis: false },
      { word: 'MY', emphasis: true },
      { word: 'design.', emphasis: false },
    ]);
    expect(emphasisedWords('11:48 PM. His office.').some((w) => w.emphasis)).toBe(false);
    expect(emphasisedWords('RUN NOW').some((w) => w.emphasis)).toBe(false);
  });
});
