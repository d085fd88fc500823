import { describe, expect, it } from 'vitest';
import { GRID_CROP, coverLayout } from '../../../src/packaging/cover/cover-layout';
import { coverFrameOf } from '../../../src/packaging/cover/cover-frame';
import { coverCompositionId, JOB_COVER_COMPOSITION_ID } from '../../../src/packaging/cover/cover-ids';
import { coverTarget } from '../../../src/packaging/cover/cover-target';
import { fitLines, wrapWords } from '../../../src/packaging/fit-lines';
import { contains } from '../../../src/safe-zones';
import { goodEpisode, resolvedOf } from '../../fixtures/packaging';

const boxes = (layout: ReturnType<typeof coverLayout>) => [layout.badge, layout.title, layout.rule, layout.conflict];

describe('fitting text into lines', () => {
  it('wraps greedily by a mean glyph width', () => {
    // 190 px fits 9 capitals in 936 px; 186 px fits 10.
    expect(wrapWords({ text: 'THE STOLEN DESIGN', widthPx: 936, fontPx: 190, advanceEm: 0.5 })).toEqual(['THE', 'STOLEN', 'DESIGN']);
    expect(wrapWords({ text: 'THE STOLEN DESIGN', widthPx: 936, fontPx: 186, advanceEm: 0.5 })).toEqual(['THE STOLEN', 'DESIGN']);
    expect(wrapWords({ text: 'a b', widthPx: 10, fontPx: 100, advanceEm: 0.5 })).toEqual(['a', 'b']);
  });

  it('takes the largest size that fits the lines, and the smallest beyond it', () => {
    expect(fitLines({ text: 'THE STOLEN DESIGN', widthPx: 936, maxLines: 2, advanceEm: 0.5, minPx: 96, maxPx: 190 })).toEqual({ fontPx: 186, lines: ['THE STOLEN', 'DESIGN'] });
    expect(fitLines({ text: 'ONE', widthPx: 936, maxLines: 2, advanceEm: 0.5, minPx: 96, maxPx: 190 })).toEqual({ fontPx: 190, lines: ['ONE'] });
    expect(fitLines({ text: 'A VERY LONG SERIES TITLE THAT WILL NOT FIT TWO LINES AT ALL', widthPx: 936, maxLines: 2, advanceEm: 0.5, minPx: 96, maxPx: 190 }).fontPx).toBe(96);
  });
});

describe('the cover layout', () => {
  it('keeps every box inside Instagram\'s 3:4 grid crop (y 240–1680)', () => {
    expect(GRID_CROP).toEqual({ x: 0, y: 240, width: 1080, height: 1440 });
    for (const layout of [
      coverLayout({ title: 'The Stolen Design', conflict: 'He stole her design. She has proof.' }),
      coverLayout({ title: 'X', conflict: 'Y' }),
      coverLayout({ title: 'A Very Long Series Title That Keeps On Going', conflict: 'x'.repeat(35).concat(' ', 'y'.repeat(34)) }),
    ]) {
      for (const box of boxes(layout)) expect(contains(GRID_CROP, box)).toBe(true);
      expect(layout.title.y).toBeGreaterThan(layout.badge.y + layout.badge.height);
    }
  });

  it('stacks badge, title, rule and conflict line from the bottom of the crop', () => {
    const layout = coverLayout({ title: 'The Stolen Design', conflict: 'He stole her design. She has proof.' });
    expect(layout.badge).toEqual({ x: 72, y: 312, width: 936, height: 96, fontPx: 72 });
    expect(layout.title.lines).toEqual(['THE STOLEN', 'DESIGN']);
    expect(layout.conflict.lines).toEqual(['He stole her design. She', 'has proof.']);
    expect(layout.conflict.y + layout.conflict.height).toBe(1608);
    expect(layout.rule.y + layout.rule.height + 34).toBe(layout.conflict.y);
  });
});

describe('the cover frame', () => {
  it('is the hook at 60 % by default', () => {
    const frame = coverFrameOf(resolvedOf({}));
    expect(frame && [frame.beat.beat.id, frame.frameInBeat]).toEqual(['hook', 54]);
  });

  it('is the beat and time the episode names, kept inside the beat', () => {
    const at = (cover: { beat?: string; atSeconds?: number }) => {
      const frame = coverFrameOf(resolvedOf({ episode: goodEpisode({ packaging: { cover } }) }));
      return frame && [frame.beat.beat.id, frame.frameInBeat];
    };
    expect(at({ beat: 'shock' })).toEqual(['shock', 288]);
    expect(at({ beat: 'shock', atSeconds: 1 })).toEqual(['shock', 30]);
    expect(at({ atSeconds: 2.99 })).toEqual(['hook', 89]);
  });

  it('has its own composition: the episode\'s for the catalog, the job cover for JSON jobs', () => {
    expect(coverCompositionId('x-e01')).toBe('x-e01-cover');
    expect(coverTarget({ id: 'x-e01', source: 'catalog', input: { a: 1 } })).toEqual({ compositionId: 'x-e01-cover', inputProps: { a: 1 } });
    expect(coverTarget({ id: 'x-e01', source: 'job-file', input: {} }).compositionId).toBe(JOB_COVER_COMPOSITION_ID);
  });
});
