import { describe, expect, it } from 'vitest';
import type { BeatInput } from '../../../src/schema';
import { boardFormat, buildStoryboard } from '../../../src/storyboard';
import { sheetHtml } from '../../../src/storyboard/sheet/sheet-html';
import { CliffhangerError } from '../../../src/errors';
import { productionEpisode } from '../../fixtures/production';

const beat = (i: number, o: Partial<Extract<BeatInput, { type: 'dialogue' }>> = {}): BeatInput => ({
  type: 'dialogue',
  id: `b${i}`,
  shot: { description: `Shot ${i}.` },
  characters: ['maya'],
  dialogue: [{ speaker: 'maya', text: `Line ${i}.` }],
  ...o,
});
const boardOf = (beats: BeatInput[]) => buildStoryboard(productionEpisode({ beats }));
const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('boardFormat', () => {
  it('reads the format from the extension, in any case', () => {
    expect(boardFormat('board.pdf')).toBe('pdf');
    expect(boardFormat('out/Board.PNG')).toBe('png');
  });

  it('refuses any other extension, saying what each format is for', () => {
    const message = '--out: must end in .pdf (A4 pages to print) or .png (one long image to read on a phone), but got "board.jpg". Name the file e.g. board.pdf or board.png';
    expect(() => boardFormat('board.jpg')).toThrow(CliffhangerError);
    expect(() => boardFormat('board.jpg')).toThrow(message);
    expect(() => boardFormat('board')).toThrow('but got "board"');
  });
});

describe('sheetHtml', () => {
  it('prints 6 panels a page: 6 beats on one page, 7 on two', () => {
    const six = sheetHtml({ board: boardOf([1, 2, 3, 4, 5, 6].map((i) => beat(i))), stills: [], layout: 'print' });
    expect(count(six, '<section class="page"')).toBe(1);
    expect(six).toContain('Page 1 of 1');
    const seven = sheetHtml({ board: boardOf([1, 2, 3, 4, 5, 6, 7].map((i) => beat(i))), stills: [], layout: 'print' });
    expect(count(seven, '<section class="page"')).toBe(2);
    expect(count(seven, '<article class="panel"')).toBe(7);
    expect(seven).toContain('Page 2 of 2');
  });

  it('puts every panel in one column on the phone, without pages', () => {
    const html = sheetHtml({ board: boardOf([1, 2, 3, 4, 5, 6, 7].map((i) => beat(i))), stills: [], layout: 'phone' });
    expect(count(html, '<section class="page"')).toBe(0);
    expect(count(html, '<article class="panel"')).toBe(7);
    expect(html).toContain('<body class="phone">');
  });

  it('shows each still beside its notes, with the fonts inlined', () => {
    const html = sheetHtml({ board: boardOf([beat(1), beat(2)]), stills: ['data:image/jpeg;base64,AAA', 'data:image/jpeg;base64,BBB'], layout: 'print' });
    expect(html).toContain('<img src="data:image/jpeg;base64,BBB" alt="Beat 2: Shot 2."/>');
    expect(html).toContain('@font-face{font-family:"Inter";font-weight:400;font-style:normal;src:url(data:font/woff2;base64,');
    expect(html).not.toContain('file://');
  });

  it('escapes what writers type', () => {
    const html = sheetHtml({ board: boardOf([beat(1, { shot: { description: 'A <b>bold</b> & "quoted" move.' } })]), stills: [], layout: 'print' });
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; move.');
  });

  it('shrinks notes that are too long and marks those that still do not fit', () => {
    const long = (n: number) => beat(n, { dialogue: Array.from({ length: n }, () => ({ speaker: 'maya', text: 'This is a long line of dialogue that keeps going on and on.' })) });
    const html = sheetHtml({ board: boardOf([beat(1), long(5), long(14)]), stills: [], layout: 'print' });
    expect(html).toContain('<div class="notes" style="--notes-scale:1">');
    expect(html).toContain('<div class="notes" style="--notes-scale:0.85">');
    expect(html).toContain('<div class="notes clipped" style="--notes-scale:0.78">');
    expect(count(html, 'more in the shot list')).toBe(1);
  });
});
