import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli';

/** Splits RFC 4180 CSV into records, honouring quoted commas, quotes and line breaks. */
const parseCsv = (text: string): string[][] =>
  [...text.matchAll(/((?:"(?:[^"]|"")*"|[^,\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^,\r\n]*))*)\r\n/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((f) => (f[1]?.startsWith('"') ? f[1].slice(1, -1).replaceAll('""', '"') : (f[1] ?? ''))),
  );

describe('cliffhanger shots', () => {
  it('writes the whole demo series as CSV: 28 beats in order and 8 suggested reactions after reveals and cliffhangers', async () => {
    const result = await runCli(['shots', 'the-stolen-design', '--format', 'csv']);
    expect(result.code).toBe(0);
    const [header, ...rows] = parseCsv(result.stdout);
    expect(header?.slice(0, 8)).toEqual(['episode', 'shot', 'beat', 'suggested', 'type', 'role', 'start', 'duration_s']);
    expect(rows.filter((r) => r[3] === '').map((r) => r[1]).join(' ')).toBe('1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 9 10 1 2 3 4 5 6 7 8 9');
    expect(rows.filter((r) => r[3] === 'yes').map((r) => `${r[0]?.slice(-3)} ${r[1]} ${r[10]}`)).toEqual([
      'e01 6A Maya Chen',
      'e01 9A Victor Hale',
      'e01 9B Maya Chen',
      'e02 10A Victor Hale',
      'e02 10B Jun Park',
      'e02 10C Maya Chen',
      'e03 6A Maya Chen',
      'e03 9A Jun Park',
    ]);
    expect(rows[1]).toEqual([
      'the-stolen-design-e01', '2', 'victor-presents', '', 'dialogue', 'escalation', '00:00:01:28', '6.4', 'two-shot', 'static', 'Victor Hale; Maya Chen',
      'conference room', 'cool overhead fluorescents, projector glow on her face (cont.)', '',
      'Victor Hale: Lumen. A brand that glows. I sketched it over the weekend.\nMaya Chen (under her breath): Over the weekend?', '',
      'Victor at the screen, clicker in hand; Maya at the back of the room.', '',
    ]);
  });

  it('writes a Markdown call sheet to --out atomically and says what it wrote', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'e01.md');
    const result = await runCli(['shots', 'the-stolen-design-e01', '--out', out]);
    expect(result).toEqual({ code: 0, stderr: '', stdout: `Wrote 9 shots and 3 suggested reaction shots of the-stolen-design-e01 to ${out}\n` });
    expect(readFileSync(out, 'utf8').split('\n').slice(0, 7)).toEqual([
      '# Shot list',
      '',
      '## the-stolen-design-e01: Her Design, His Name',
      '',
      '9 shots, 48.7 s; 3 suggested extra reaction shots (marked SUGGESTED, not in the cut).',
      '',
      '### 1. the-slide (hook) · 00:00:00:00, 1.9 s',
    ]);
    expect(readdirSync(dir)).toEqual(['e01.md']);
  });

  it('refuses an unknown format and writes nothing', async () => {
    const out = path.join(tempDir(), 'never.xml');
    const result = await runCli(['shots', 'the-stolen-design', '--format', 'xml', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe("error: option '--format <format>' argument 'xml' is invalid. Allowed choices are csv, md, json.");
    expect(existsSync(out)).toBe(false);
  });
});
