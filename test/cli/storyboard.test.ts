import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, smallJob, tempDir, writeJob } from './run-cli';

const JOB = path.join(ROOT, 'test/fixtures/jobs/small-job.json');

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object per page, and the page tree's `/Count`. */
const pdfPages = (file: string): { pages: number; count: string | undefined; mediaBoxes: string[] } => {
  const text = readFileSync(file).toString('latin1');
  return {
    pages: (text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length,
    count: /\/Type\s*\/Pages[^>]*\/Count\s+(\d+)/.exec(text)?.[1] ?? /\/Count\s+(\d+)[^>]*\/Type\s*\/Pages/.exec(text)?.[1],
    mediaBoxes: [...new Set(text.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [])],
  };
};

/** Rows of a PNG column that are not page white: where stills are drawn. */
const darkRows = (png: PNG, x: number): number => {
  let rows = 0;
  for (let y = 0; y < png.height; y++) {
    const i = (y * png.width + x) * 4;
    if ((png.data[i] ?? 255) + (png.data[i + 1] ?? 255) + (png.data[i + 2] ?? 255) < 3 * 200) rows++;
  }
  return rows;
};

describe('cliffhanger storyboard', () => {
  it('renders a JSON job to an A4 PDF: one page for three panels', async () => {
    const out = path.join(tempDir(), 'board.pdf');
    const result = await runCli(['storyboard', JOB, '--out', out]);
    expect(result.stdout).toBe(`Wrote a 1-page storyboard of night-shift-e01 (3 panels) to ${out}\n`);
    expect(result.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(out)).toEqual({ pages: 1, count: '1', mediaBoxes: ['/MediaBox [0 0 594.95996 841.91998]'] });
    expect(readdirSync(path.dirname(out))).toEqual(['board.pdf']);
  });

  it('renders the same job to one phone-width PNG with a still in every panel', async () => {
    const out = path.join(tempDir(), 'board.png');
    const result = await runCli(['storyboard', JOB, '--out', out]);
    expect(result.stdout).toBe(`Wrote a storyboard of night-shift-e01 (3 panels) to ${out}\n`);
    expect(result.code).toBe(0);
    const png = PNG.sync.read(readFileSync(out));
    expect(png.width).toBe(1080);
    // Three stills 331 CSS px (662 px) tall stacked in one column, below a header: the image is taller than the stills.
    expect(png.height).toBeGreaterThan(3 * 662);
    // x = 240 runs through every still (x 53–425); the page around them is white.
    expect(darkRows(png, 240)).toBeGreaterThan(3 * 600);
    expect(darkRows(png, 1075)).toBe(0);
  });

  it('refuses an output that is neither .pdf nor .png before rendering anything', async () => {
    const dir = tempDir();
    const result = await runCli(['storyboard', JOB, '--out', path.join(dir, 'board.jpg')]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `--out: must end in .pdf (A4 pages to print) or .png (one long image to read on a phone), but got "${path.join(dir, 'board.jpg')}". Name the file e.g. board.pdf or board.png\n\n1 problem found; nothing was written.\n`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('validates the episode first and writes nothing when it is wrong', async () => {
    const dir = tempDir();
    const job = smallJob();
    (job.episode.beats[2]!['dialogue'] as { speaker: string }[])[0]!.speaker = 'doctr';
    const file = writeJob(dir, 'bad.json', job);
    const result = await runCli(['storyboard', file, '--out', path.join(dir, 'board.pdf')]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file}: episode.beats[2].dialogue[0].speaker must be a character of the series (lena, doctor), but got "doctr". Did you mean "doctor"?\n\n1 problem found; nothing was written.\n`,
    });
    expect(existsSync(path.join(dir, 'board.pdf'))).toBe(false);
  });

  it('asks for one episode when given a series', async () => {
    const result = await runCli(['storyboard', 'the-stolen-design']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'the-stolen-design: is a series; this command renders one episode. Name an episode: the-stolen-design-e01, the-stolen-design-e02, the-stolen-design-e03\n\n1 problem found; nothing was written.\n',
    );
  });
});
