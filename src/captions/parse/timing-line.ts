import { parseTimestamp, type SubtitleFormat, type TimestampQuirk } from './timestamp';

/** A cue's time line, read. */
export type Timing = { readonly startMs: number; readonly endMs: number; readonly quirks: readonly TimestampQuirk[] };

/** Why a time line could not be read, and how to fix it. */
export type TimingError = { readonly error: string; readonly fix: string };

// Two clock times on one line: a time line, even when its arrow is wrong.
const TWO_TIMES = /\d:\d\d.*\d:\d\d/;
const ARROW = '-->';

/** Whether a line is (or tries to be) a cue's time line. */
export const isTimingLine = (line: string): boolean => line.includes(ARROW) || TWO_TIMES.test(line);

const TIMING_EXAMPLES: Record<SubtitleFormat, string> = { srt: `00:00:01,000 ${ARROW} 00:00:02,500`, vtt: `00:00:01.000 ${ARROW} 00:00:02.500` };

/** An example time line of a format, for messages. */
export const timingExample = (format: SubtitleFormat): string => TIMING_EXAMPLES[format];

/** Reads `start --> end` and ignores what follows the end time (WebVTT cue settings, SRT box coordinates). */
export const parseTimingLine = (line: string, format: SubtitleFormat): Timing | TimingError => {
  const expected = `expected a time line like "${timingExample(format)}", but got "${line.trim()}"`;
  const parts = line.split(ARROW);
  if (parts.length !== 2) {
    const fix = parts.length === 1 ? `Write the arrow between the times as "${ARROW}"` : `Put one "${ARROW}" between the start and the end time`;
    return { error: expected, fix };
  }
  const [startText = '', rest = ''] = parts.map((p) => p.trim());
  const endText = rest.split(/\s+/)[0] ?? '';
  const start = parseTimestamp(startText, format);
  const end = parseTimestamp(endText, format);
  if ('error' in start) return { error: `${expected}: ${start.error}`, fix: 'Write each time as hours:minutes:seconds and milliseconds' };
  if ('error' in end) return { error: `${expected}: ${end.error}`, fix: 'Write each time as hours:minutes:seconds and milliseconds' };
  return { startMs: start.ms, endMs: end.ms, quirks: [...new Set([...start.quirks, ...end.quirks])] };
};
