import { fileNote, type CaptionNote } from '../types';
import { cleanCueText } from './clean-text';
import { createQuirkLog } from './quirks';
import { sourceLines } from './source-lines';
import { isTimingLine, parseTimingLine, timingExample } from './timing-line';
import type { SubtitleFormat } from './timestamp';

/** A cue as the file has it: times in milliseconds (the file's unit), text cleaned, and the line of its time line. */
export type ImportedCue = { readonly fileLine: number; readonly startMs: number; readonly endMs: number; readonly text: string };

/** A subtitle file read: its cues, the errors that make it unusable, the warnings about what was repaired. */
export type ParsedSubtitles = {
  readonly format: SubtitleFormat;
  readonly cues: readonly ImportedCue[];
  readonly errors: readonly CaptionNote[];
  readonly warnings: readonly CaptionNote[];
};

type Line = { readonly n: number; readonly text: string };

const HEADER = /^WEBVTT(?=$|[ \t])/;
const HEADER_START = 'WEBVTT';
const VTT_META_BLOCK = /^(NOTE|STYLE|REGION)(?=$|[ \t])/;
const isIndex = (text: string): boolean => /^\d+$/.test(text.trim());

/** Runs of non-blank lines, numbered as in the file. */
const blocksOf = (lines: readonly Line[]): Line[][] => {
  const blocks: Line[][] = [[]];
  for (const line of lines) {
    if (line.text.trim() === '') blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  return blocks.filter((b) => b.length > 0);
};

/**
 * Reads an SRT or WebVTT file as real files come: BOM, any line ends, a dot or comma before short or missing
 * milliseconds, missing cue numbers or blank lines, markup and invisible marks. What it repairs becomes a warning;
 * what it cannot read becomes an error naming the line. Times stay as written (timing repairs happen in frames).
 */
export const parseSubtitles = ({ text, expected }: { text: string; expected: SubtitleFormat }): ParsedSubtitles => {
  const source = sourceLines(text);
  const all = source.lines.map((t, i): Line => ({ n: i + 1, text: t }));
  const firstLine = all.find((l) => l.text.trim() !== '');
  // "WEBVTTX" is a broken header, not a cue: it is reported once and its block skipped like a header's.
  const header = firstLine !== undefined && firstLine.text.trim().startsWith(HEADER_START);
  const format: SubtitleFormat = header ? 'vtt' : expected;
  const quirks = createQuirkLog();
  const errors: CaptionNote[] = [];
  const cues: ImportedCue[] = [];
  if (source.hadBom && format === 'srt') quirks.add('bom', 1);
  const [firstLoneCr] = source.loneCrLines;
  if (firstLoneCr !== undefined) quirks.add('lone-cr', firstLoneCr);
  if (header && expected === 'srt') quirks.add('wrong-extension', firstLine.n);
  if (!header && expected === 'vtt') quirks.add('no-header', firstLine?.n ?? 1);
  if (firstLine && header && !HEADER.test(firstLine.text.trim())) {
    errors.push(fileNote(firstLine.n, `expected "WEBVTT" alone or followed by a space, but got "${firstLine.text.trim()}"`, 'Make the first line "WEBVTT"'));
  }
  const blocks = blocksOf(all);
  if (header) blocks.shift();

  const appendStray = (lines: readonly Line[]): boolean => {
    const last = cues.at(-1);
    const [first] = lines;
    if (!last || !first) return false;
    const extra = cleanCueText(lines.map((l) => l.text), format).text;
    cues[cues.length - 1] = { ...last, text: [last.text, extra].filter(Boolean).join('\n') };
    quirks.add('stray-text', first.n);
    return true;
  };

  for (const block of blocks) {
    const [head] = block;
    if (!head || (format === 'vtt' && VTT_META_BLOCK.test(head.text.trim()))) continue;
    const timings = block.flatMap((line, i) => (isTimingLine(line.text) ? [i] : []));
    const [firstTiming] = timings;
    if (firstTiming === undefined) {
      const onlyIndex = block.length === 1 && isIndex(head.text);
      if (onlyIndex) {
        errors.push(fileNote(head.n, `expected a time line like "${timingExample(format)}" after cue number ${head.text.trim()}, but the cue ends there`, 'Add its time line and text, or remove the cue number'));
      } else if (!appendStray(block)) {
        errors.push(fileNote(head.n, `expected a cue number or a time line like "${timingExample(format)}", but got "${head.text.trim()}"`, 'Start each cue with its number and its time line'));
      }
      continue;
    }
    const lead = block.slice(0, firstTiming);
    const index = lead.at(-1);
    if (lead.length > 1 && !appendStray(lead.slice(0, -1))) {
      errors.push(fileNote(head.n, `expected a cue number or a time line like "${timingExample(format)}", but got "${head.text.trim()}"`, 'Start each cue with its number and its time line'));
    }
    if (format === 'srt' && !index) quirks.add('missing-index', block[firstTiming]?.n ?? head.n);
    if (format === 'srt' && index && !isIndex(index.text)) quirks.add('bad-index', index.n);

    timings.forEach((at, k) => {
      const next = timings[k + 1];
      // Without a blank line, the number of the next cue sits just above its time line.
      const end = next === undefined ? block.length : next - (format === 'srt' && next - 1 > at && isIndex(block[next - 1]?.text ?? '') ? 1 : 0);
      const timingLine = block[at] as Line;
      if (k > 0) quirks.add('no-blank-line', timingLine.n);
      const timing = parseTimingLine(timingLine.text, format);
      if ('error' in timing) {
        errors.push(fileNote(timingLine.n, timing.error, timing.fix));
        return;
      }
      for (const quirk of timing.quirks) quirks.add(quirk, timingLine.n);
      const body = block.slice(at + 1, end);
      const clean = cleanCueText(body.map((l) => l.text), format);
      if (clean.hadTags) quirks.add('tags', body.find((l) => /[<{]/.test(l.text))?.n ?? timingLine.n);
      if (clean.hadMarks) quirks.add('marks', body[0]?.n ?? timingLine.n);
      if (clean.text === '') {
        quirks.add('empty-cue', timingLine.n);
        return;
      }
      cues.push({ fileLine: timingLine.n, startMs: timing.startMs, endMs: timing.endMs, text: clean.text });
    });
  }
  if (cues.length === 0 && errors.length === 0) {
    errors.push(fileNote(firstLine?.n ?? 1, `expected at least one cue (a time line like "${timingExample(format)}" and its text), but found none`, 'Check that this is the subtitle file of the episode'));
  }
  return { format, cues, errors, warnings: quirks.notes(format) };
};
