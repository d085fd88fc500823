import { describe, expect, it } from 'vitest';
import { formatTimestamp, parseTimestamp } from '../../../src/captions/parse/timestamp';
import { parseTimingLine } from '../../../src/captions/parse/timing-line';

describe('parseTimestamp', () => {
  it('reads SRT and WebVTT times, hours optional in WebVTT', () => {
    expect(parseTimestamp('01:02:03,004', 'srt')).toEqual({ ms: 3_723_004, quirks: [] });
    expect(parseTimestamp('02:03.004', 'vtt')).toEqual({ ms: 123_004, quirks: [] });
    expect(parseTimestamp('100:00:00.000', 'vtt')).toEqual({ ms: 360_000_000, quirks: [] });
  });

  it('reads short milliseconds as fractions of a second, and notes every quirk', () => {
    expect(parseTimestamp('00:00:01,5', 'srt')).toEqual({ ms: 1500, quirks: ['short-milliseconds'] });
    expect(parseTimestamp('00:00:01,05', 'srt')).toEqual({ ms: 1050, quirks: ['short-milliseconds'] });
    expect(parseTimestamp('00:00:01', 'srt')).toEqual({ ms: 1000, quirks: ['no-milliseconds'] });
    expect(parseTimestamp('00:00:01,', 'srt')).toEqual({ ms: 1000, quirks: ['no-milliseconds'] });
    expect(parseTimestamp('00:00:01.500', 'srt')).toEqual({ ms: 1500, quirks: ['wrong-separator'] });
    expect(parseTimestamp('00:00:01,500', 'vtt')).toEqual({ ms: 1500, quirks: ['wrong-separator'] });
    expect(parseTimestamp('00:01,500', 'srt')).toEqual({ ms: 1500, quirks: ['no-hours'] });
  });

  it('takes 59 minutes and seconds and 3 digits of milliseconds, and rejects 60, 4 digits and other text', () => {
    expect(parseTimestamp('00:59:59,999', 'srt')).toEqual({ ms: 3_599_999, quirks: [] });
    expect(parseTimestamp('00:60:00,000', 'srt')).toEqual({ error: '"00:60:00,000" has minutes above 59' });
    expect(parseTimestamp('00:00:60,000', 'srt')).toEqual({ error: '"00:00:60,000" has seconds above 59' });
    expect(parseTimestamp('00:00:01,0000', 'srt')).toEqual({ error: '"00:00:01,0000" has 4 digits of milliseconds, more than 3' });
    expect(parseTimestamp('1.5s', 'vtt')).toEqual({ error: '"1.5s" is not a time like 00:01:02.500' });
  });
});

describe('formatTimestamp', () => {
  it('writes each format with three digits of milliseconds, rounding to whole ms', () => {
    expect(formatTimestamp(3_723_004, 'srt')).toBe('01:02:03,004');
    expect(formatTimestamp(1500.4, 'vtt')).toBe('00:00:01.500');
    expect(formatTimestamp(0, 'srt')).toBe('00:00:00,000');
  });
});

describe('parseTimingLine', () => {
  it('reads start and end and ignores cue settings after the end', () => {
    expect(parseTimingLine('00:00:01.000 --> 00:00:02.500 align:start position:10%', 'vtt')).toEqual({ startMs: 1000, endMs: 2500, quirks: [] });
    expect(parseTimingLine('00:00:01,000-->00:00:02,500', 'srt')).toEqual({ startMs: 1000, endMs: 2500, quirks: [] });
  });

  it('explains a wrong arrow and a doubled one', () => {
    expect(parseTimingLine('00:00:01,000 => 00:00:02,500', 'srt')).toEqual({ error: 'expected a time line like "00:00:01,000 --> 00:00:02,500", but got "00:00:01,000 => 00:00:02,500"', fix: 'Write the arrow between the times as "-->"' });
    expect(parseTimingLine('00:00:01,000 --> 00:00:02,500 --> 00:00:03,000', 'srt')).toEqual({
      error: 'expected a time line like "00:00:01,000 --> 00:00:02,500", but got "00:00:01,000 --> 00:00:02,500 --> 00:00:03,000"',
      fix: 'Put one "-->" between the start and the end time',
    });
  });
});
