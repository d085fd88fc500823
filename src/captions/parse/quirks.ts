import { fileNote, type CaptionNote } from '../types';
import type { SubtitleFormat } from './timestamp';

/** Irregularities of a subtitle file that are repaired with a warning. Each kind is reported once, with its lines. */
export type QuirkKind =
  | 'bom'
  | 'lone-cr'
  | 'wrong-separator'
  | 'short-milliseconds'
  | 'no-milliseconds'
  | 'no-hours'
  | 'missing-index'
  | 'bad-index'
  | 'no-blank-line'
  | 'stray-text'
  | 'tags'
  | 'marks'
  | 'empty-cue'
  | 'no-header'
  | 'wrong-extension';

// Tuning: how many line numbers a grouped warning lists before "and N more".
const SHOWN_LINES = 3;

const TEXTS = (format: SubtitleFormat): Record<QuirkKind, { what: string; outcome: string; fix: string }> => ({
  bom: { what: 'starts with a byte-order mark (BOM), which some players show as a stray character', outcome: 'it was skipped', fix: 'Save the file as UTF-8 without BOM' },
  'lone-cr': { what: 'ends lines with a lone CR (old Mac line ends)', outcome: 'read as line ends', fix: 'Save the file with LF or CRLF line ends' },
  'wrong-separator': format === 'srt'
    ? { what: 'uses a dot instead of a comma before the milliseconds', outcome: 'read as milliseconds', fix: 'Write SRT times like 00:00:01,500' }
    : { what: 'uses a comma instead of a dot before the milliseconds', outcome: 'read as milliseconds', fix: 'Write WebVTT times like 00:00:01.500' },
  'short-milliseconds': { what: 'has times with 1 or 2 digits of milliseconds', outcome: 'read as fractions of a second (",5" is 500 ms)', fix: 'Write three digits of milliseconds, e.g. ",500"' },
  'no-milliseconds': { what: 'has times without milliseconds', outcome: 'read as whole seconds', fix: `Add the milliseconds, e.g. "${format === 'srt' ? '00:00:01,000' : '00:00:01.000'}"` },
  'no-hours': { what: 'has times without hours', outcome: 'read as minutes:seconds', fix: 'Write SRT times with hours, e.g. 00:01:02,500' },
  'missing-index': { what: 'has cues without a cue number', outcome: 'they are numbered again on export', fix: 'Put the cue number on the line above each time line' },
  'bad-index': { what: 'has cue numbers that are not numbers', outcome: 'ignored', fix: 'Number the cues 1, 2, 3…' },
  'no-blank-line': { what: 'has no blank line between two cues', outcome: 'read as two cues', fix: 'Put a blank line after the text of each cue' },
  'stray-text': { what: 'has text after a blank line inside a cue', outcome: 'joined to the cue before', fix: 'Remove the blank line, or give the text its own time line' },
  tags: { what: 'has markup tags (<i>, <font>, {\\an8}…)', outcome: 'removed, since the series\' caption style decides the look', fix: 'Remove the tags from the file' },
  marks: { what: 'has invisible direction marks or zero-width characters (left by transcription tools)', outcome: 'removed', fix: 'Remove them from the file (most editors show them with "show invisibles")' },
  'empty-cue': { what: 'has cues without text', outcome: 'dropped', fix: 'Give each cue its text, or remove the cue' },
  'no-header': { what: 'has no "WEBVTT" first line', outcome: 'read as WebVTT anyway', fix: 'Start the file with the line "WEBVTT"' },
  'wrong-extension': { what: 'is a WebVTT file (it starts with "WEBVTT") but is named .srt', outcome: 'read as WebVTT', fix: 'Rename it to .vtt' },
});

const lineList = (lines: readonly number[]): string => {
  const shown = lines.slice(0, SHOWN_LINES).join(', ');
  const more = lines.length - SHOWN_LINES;
  return lines.length === 1 ? '' : ` (lines ${shown}${more > 0 ? ` and ${more} more` : ''})`;
};

/** Collects repaired irregularities by kind, so a file with one quirk on every cue gets one warning, not hundreds. */
export const createQuirkLog = () => {
  const seen = new Map<QuirkKind, number[]>();
  return {
    add: (kind: QuirkKind, line: number): void => {
      const lines = seen.get(kind) ?? [];
      if (!lines.includes(line)) lines.push(line);
      seen.set(kind, lines);
    },
    /** One warning per kind, at its first line, in the order the kinds first appeared. */
    notes: (format: SubtitleFormat): CaptionNote[] =>
      [...seen].map(([kind, lines]) => {
        const { what, outcome, fix } = TEXTS(format)[kind];
        const [first = 1] = lines;
        return fileNote(first, `${what}${lineList(lines)}; ${outcome}`, fix);
      }),
  };
};
