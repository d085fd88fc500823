import { describe, expect, it } from 'vitest';
import { parseSubtitles } from '../../../src/captions';
import { cleanCueText } from '../../../src/captions/parse/clean-text';
import { sourceLines } from '../../../src/captions/parse/source-lines';
import { fileNoteAt } from '../../fixtures/caption-jobs';

describe('sourceLines', () => {
  it('splits on LF, CRLF and CR, numbering lines as the file has them, and drops a leading BOM', () => {
    expect(sourceLines('\uFEFFa\r\nb\rc\nd')).toEqual({ lines: ['a', 'b', 'c', 'd'], hadBom: true, loneCrLines: [2] });
    expect(sourceLines('')).toEqual({ lines: [''], hadBom: false, loneCrLines: [] });
  });
});

describe('cleanCueText', () => {
  it('keeps line breaks, collapses spaces and decodes entities', () => {
    expect(cleanCueText(['  Q&amp;A  at&nbsp;ten ', '', 'Don&rsquo;t &#8230; &#x2014;'], 'vtt')).toEqual({ text: 'Q&A at ten\nDon’t … —', hadTags: false, hadMarks: false });
  });

  it('removes WebVTT\'s own tags silently, other markup with a flag, and invisible marks with a flag', () => {
    expect(cleanCueText(['<v Maya>Hi <c.loud>there</c><00:00:01.500></v>'], 'vtt')).toEqual({ text: 'Hi there', hadTags: false, hadMarks: false });
    expect(cleanCueText(['<font color="red">Hi</font>'], 'vtt')).toEqual({ text: 'Hi', hadTags: true, hadMarks: false });
    expect(cleanCueText(['<i>Hi</i>'], 'srt')).toEqual({ text: 'Hi', hadTags: true, hadMarks: false });
    expect(cleanCueText(['\u2067Hi\u2069 &lrm;there'], 'srt')).toEqual({ text: 'Hi there', hadTags: false, hadMarks: true });
  });
});

describe('parseSubtitles', () => {
  it('reads WebVTT: header lines, NOTE, STYLE and REGION blocks, identifiers and cue settings', () => {
    const text = ['WEBVTT', 'Kind: captions', '', 'REGION', 'id:r1', '', 'NOTE a comment', '', 'STYLE', '::cue {}', '', 'first', '00:01.000 --> 00:02.000 line:80%', 'One', 'two', ''].join('\n');
    expect(parseSubtitles({ text, expected: 'vtt' })).toEqual({ format: 'vtt', cues: [{ fileLine: 13, startMs: 1000, endMs: 2000, text: 'One\ntwo' }], errors: [], warnings: [] });
  });

  it('reads a .vtt file without its header as WebVTT, with a warning', () => {
    expect(parseSubtitles({ text: '00:01.000 --> 00:02.000\nOne\n', expected: 'vtt' })).toEqual({
      format: 'vtt',
      cues: [{ fileLine: 1, startMs: 1000, endMs: 2000, text: 'One' }],
      errors: [],
      warnings: [fileNoteAt(1, 'has no "WEBVTT" first line; read as WebVTT anyway', 'Start the file with the line "WEBVTT"')],
    });
  });

  it('drops a cue without text, and warns on a cue number that is not a number', () => {
    expect(parseSubtitles({ text: '1\n00:00:01,000 --> 00:00:02,000\n\n\nx\n00:00:03,000 --> 00:00:04,000\nTwo\n', expected: 'srt' })).toEqual({
      format: 'srt',
      cues: [{ fileLine: 6, startMs: 3000, endMs: 4000, text: 'Two' }],
      errors: [],
      warnings: [fileNoteAt(2, 'has cues without text; dropped', 'Give each cue its text, or remove the cue'), fileNoteAt(5, 'has cue numbers that are not numbers; ignored', 'Number the cues 1, 2, 3…')],
    });
  });

  it('rejects text before the first cue, naming its line', () => {
    expect(parseSubtitles({ text: 'Subtitles by someone\n\n1\n00:00:01,000 --> 00:00:02,000\nOne\n', expected: 'srt' }).errors).toEqual([
      fileNoteAt(1, 'expected a cue number or a time line like "00:00:01,000 --> 00:00:02,500", but got "Subtitles by someone"', 'Start each cue with its number and its time line'),
    ]);
  });

  it('reports every line it cannot read, not only the first', () => {
    const text = '1\n00:00:01,000 -> 00:00:02,000\nOne\n\n2\n00:00:03,000 --> 00:00:04,0000\nTwo\n';
    expect(parseSubtitles({ text, expected: 'srt' }).errors.map((e) => e.fileLine)).toEqual([2, 6]);
  });

  it('reads SRT times without hours, with one warning that lists the first lines and counts the rest', () => {
    const text = [1, 2, 3, 4, 5].map((n) => `${n}\n0${n}:00,000 --> 0${n}:01,000\nCue ${n}\n`).join('\n');
    const parsed = parseSubtitles({ text, expected: 'srt' });
    expect(parsed.cues.map((c) => c.startMs)).toEqual([60_000, 120_000, 180_000, 240_000, 300_000]);
    expect(parsed.warnings).toEqual([fileNoteAt(2, 'has times without hours (lines 2, 6, 10 and 2 more); read as minutes:seconds', 'Write SRT times with hours, e.g. 00:01:02,500')]);
  });
});
