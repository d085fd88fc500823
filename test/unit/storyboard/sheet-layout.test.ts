import { describe, expect, it } from 'vitest';
import { fitNotes, notesLines, paginate, PRINT, printGeometry, type StoryboardPanel } from '../../../src/storyboard';

const panel = (o: Partial<StoryboardPanel> = {}): StoryboardPanel => ({
  number: 1,
  beatId: 'b',
  type: 'dialogue',
  role: 'escalation',
  shot: 'two-shot',
  transition: 'cut',
  fromTimecode: '00:00:00',
  toTimecode: '00:02:00',
  duration: '2.0 s',
  still: { frame: 30, timecode: '00:01:00', moment: 'mid-line' },
  cast: ['Maya Chen'],
  description: 'Maya at her desk.',
  place: null,
  cues: [],
  dialogue: [],
  footage: null,
  ...o,
});
const line = (text: string) => ({ speaker: 'Maya Chen', color: '#5eead4', how: null, text });

describe('paginate', () => {
  it('fills pages in order and numbers them', () => {
    expect(paginate({ items: [1, 2, 3, 4, 5, 6, 7], perPage: 6 })).toEqual([
      { number: 1, count: 2, items: [1, 2, 3, 4, 5, 6] },
      { number: 2, count: 2, items: [7] },
    ]);
  });

  it('puts exactly a page full on one page, and one more on a second', () => {
    expect(paginate({ items: [1, 2, 3, 4, 5, 6], perPage: 6 }).map((p) => p.items.length)).toEqual([6]);
    expect(paginate({ items: [1, 2, 3, 4, 5, 6, 7], perPage: 6 }).map((p) => p.items.length)).toEqual([6, 1]);
    expect(paginate({ items: [1], perPage: 1 }).map((p) => p.items.length)).toEqual([1]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate({ items: [], perPage: 6 })).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('refuses a page size below 1 or a fraction', () => {
    expect(() => paginate({ items: [1], perPage: 0 })).toThrow('perPage must be a whole number of at least 1, but got 0');
    expect(() => paginate({ items: [1], perPage: 2.5 })).toThrow('perPage must be a whole number of at least 1, but got 2.5');
  });
});

describe('printGeometry', () => {
  it('lays 2 x 3 panels on A4 with 9:16 stills and the notes beside them', () => {
    const g = printGeometry();
    expect(g.panel.widthMm).toBeCloseTo(90.5, 6);
    expect(g.panel.heightMm).toBeCloseTo(239 / 3, 6);
    expect(g.still.widthMm / g.still.heightMm).toBeCloseTo(9 / 16, 9);
    expect(g.still.heightMm).toBeCloseTo(239 / 3 - 5, 6);
    expect(g.notes.widthMm).toBeCloseTo(90.5 - 5 - 3.5 - g.still.widthMm, 6);
    expect(g.notes.fontPt).toBe(7.5);
  });

  it('fills the page exactly: margins, header, rows and gaps, footer', () => {
    const g = printGeometry();
    const height = PRINT.marginTopMm + PRINT.headerMm + PRINT.rows * g.panel.heightMm + (PRINT.rows - 1) * PRINT.gapMm + PRINT.footerMm + PRINT.marginBottomMm;
    const width = 2 * PRINT.marginXMm + PRINT.columns * g.panel.widthMm + (PRINT.columns - 1) * PRINT.gapMm;
    expect(height).toBeCloseTo(297, 6);
    expect(width).toBeCloseTo(210, 6);
  });
});

describe('notesLines', () => {
  it('counts fixed rows, wrapped sections, and a speaker row per line', () => {
    // 6 fixed + cast 1 + description 1 = 8, plus 2 section gaps of 0.45.
    expect(notesLines(panel(), 30)).toBeCloseTo(8.9, 9);
    // The description wraps at 30 characters: 31 characters take 2 lines.
    expect(notesLines(panel({ description: 'x'.repeat(30) }), 30)).toBeCloseTo(8.9, 9);
    expect(notesLines(panel({ description: 'x'.repeat(31) }), 30)).toBeCloseTo(9.9, 9);
    // A line of dialogue: its speaker and 2 wrapped lines, in a third section.
    expect(notesLines(panel({ dialogue: [line('y'.repeat(45))] }), 30)).toBeCloseTo(8 + 3 + 3 * 0.45, 9);
    expect(notesLines(panel({ cast: [], cues: [{ label: 'Emotion', text: 'shock' }] }), 30)).toBeCloseTo(6 + 1 + 1 + 2 * 0.45, 9);
  });
});

describe('fitNotes', () => {
  const box = printGeometry().notes;

  it('keeps full-size type for notes that fit', () => {
    expect(fitNotes({ panel: panel({ dialogue: [line('We launch on Friday.')] }), box })).toEqual({ scale: 1, overflows: false });
  });

  it('shrinks the type a step for notes a little too long', () => {
    // 62 characters wrap to 3 lines at 7.5 pt (28 a line) but to 2 at 0.92 of it (31 a line): 3 lines fit, 4 need the step.
    const lines = (n: number) => Array.from({ length: n }, () => line('y'.repeat(62)));
    expect(fitNotes({ panel: panel({ dialogue: lines(3) }), box })).toEqual({ scale: 1, overflows: false });
    expect(fitNotes({ panel: panel({ dialogue: lines(4) }), box })).toEqual({ scale: 0.92, overflows: false });
  });

  it('says when even the smallest type overflows', () => {
    const dialogue = Array.from({ length: 12 }, () => line('This is a long line of dialogue that keeps going for the panel.'));
    expect(fitNotes({ panel: panel({ dialogue }), box })).toEqual({ scale: 0.78, overflows: true });
  });

  it('fits more in a taller box', () => {
    const dialogue = Array.from({ length: 12 }, () => line('This is a long line of dialogue that keeps going for the panel.'));
    expect(fitNotes({ panel: panel({ dialogue }), box: { ...box, heightMm: box.heightMm * 4 } })).toEqual({ scale: 1, overflows: false });
  });
});
