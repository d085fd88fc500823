import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, cueRows, fileNoteAt, importCorpus } from '../../fixtures/caption-jobs';

// Every corpus file says the three script lines; clean.srt has them at 1–2.5 s, 3–4.5 s and 5–7 s.
const CLEAN: ReturnType<typeof cueRows> = [
  [30, 45, 'Where were you?', 'maya'],
  [90, 45, 'Out.', 'victor'],
  [150, 60, 'Don’t lie to me.', 'maya'],
];
const SRT_TIME = 'Write each time as hours:minutes:seconds and milliseconds';

/** Cues, errors and warnings of a corpus file, compared whole. */
const expectImport = (name: string, expected: { cues?: ReturnType<typeof cueRows>; errors?: unknown[]; warnings?: unknown[] }) => {
  const result = importCorpus(name);
  expect({ cues: cueRows(result), errors: result.errors, warnings: result.warnings }).toEqual({ cues: expected.cues ?? CLEAN, errors: expected.errors ?? [], warnings: expected.warnings ?? [] });
};

describe('importing the corpus of real-world subtitle files', () => {
  it('has a test for every file in test/fixtures/captions', () => {
    const tested = new Set(Object.keys(CASES).concat('not-utf8.srt'));
    expect(readdirSync(CORPUS_DIR).filter((f) => !tested.has(f))).toEqual([]);
  });

  const CASES: Record<string, Parameters<typeof expectImport>[1]> = {
    'clean.srt': {},
    'crlf.srt': {},
    'no-trailing-newline.srt': {},
    'bom.srt': { warnings: [fileNoteAt(1, 'starts with a byte-order mark (BOM), which some players show as a stray character; it was skipped', 'Save the file as UTF-8 without BOM')] },
    'cr-only.srt': { warnings: [fileNoteAt(1, 'ends lines with a lone CR (old Mac line ends); read as line ends', 'Save the file with LF or CRLF line ends')] },
    'dot-separator.srt': { warnings: [fileNoteAt(2, 'uses a dot instead of a comma before the milliseconds (lines 2, 6, 10); read as milliseconds', 'Write SRT times like 00:00:01,500')] },
    'missing-index.srt': { warnings: [fileNoteAt(1, 'has cues without a cue number (lines 1, 4); they are numbered again on export', 'Put the cue number on the line above each time line')] },
    'short-milliseconds.srt': {
      // ",5" is 500 ms (frame 45), ",75" 750 ms, ",05" 50 ms (frame 91.5 → 92); "00:00:05" has no milliseconds.
      cues: [
        [45, 38, 'Where were you?', 'maya'],
        [92, 43, 'Out.', 'victor'],
        [150, 60, 'Don’t lie to me.', 'maya'],
      ],
      warnings: [
        fileNoteAt(2, 'has times with 1 or 2 digits of milliseconds (lines 2, 6); read as fractions of a second (",5" is 500 ms)', 'Write three digits of milliseconds, e.g. ",500"'),
        fileNoteAt(10, 'has times without milliseconds; read as whole seconds', 'Add the milliseconds, e.g. "00:00:01,000"'),
      ],
    },
    'zero-duration.srt': {
      cues: [CLEAN[0]!, [90, 30, 'Out.', 'victor'], CLEAN[2]!],
      warnings: [fileNoteAt(6, 'the cue ends when it starts (00:00:03,000 --> 00:00:03,000); it now lasts its reading time, 1 s', 'Fix its end time in the file')],
    },
    'negative-duration.srt': {
      cues: [CLEAN[0]!, [90, 30, 'Out.', 'victor'], CLEAN[2]!],
      warnings: [fileNoteAt(6, 'the cue ends before it starts (00:00:03,000 --> 00:00:02,000); it now lasts its reading time, 1 s', 'Fix its end time in the file')],
    },
    'overlapping.srt': {
      // The first cue ran to 3.4 s (frame 102) over the second (frame 90): it now ends 2 frames before, at 88.
      cues: [[30, 58, 'Where were you?', 'maya'], CLEAN[1]!, CLEAN[2]!],
      warnings: [fileNoteAt(2, 'the cue overlaps the next one (line 6) by 0.4 s; it now ends 2 frames before the next one starts', 'Fix the times in the file', 30)],
    },
    'markup.srt': { warnings: [fileNoteAt(3, 'has markup tags (<i>, <font>, {\\an8}…) (lines 3, 7, 11); removed, since the series\' caption style decides the look', 'Remove the tags from the file')] },
    'direction-marks.srt': { warnings: [fileNoteAt(3, 'has invisible direction marks or zero-width characters (left by transcription tools) (lines 3, 7, 11); removed', 'Remove them from the file (most editors show them with "show invisibles")')] },
    'no-blank-line.srt': { warnings: [fileNoteAt(5, 'has no blank line between two cues; read as two cues', 'Put a blank line after the text of each cue')] },
    'blank-line-in-cue.srt': {
      cues: [[30, 45, 'Where were\nyou?', 'maya'], CLEAN[1]!, CLEAN[2]!],
      warnings: [fileNoteAt(5, 'has text after a blank line inside a cue; joined to the cue before', 'Remove the blank line, or give the text its own time line')],
    },
    'out-of-order.srt': { warnings: [fileNoteAt(6, 'the cues are not in time order; sorted by start time', 'Put the cues in the order they are spoken')] },
    'past-the-end.srt': {
      // The episode is 12 s (360 frames): the cue at 11–13 s is cut at 12 s, the one at 20 s dropped.
      cues: [...CLEAN, [330, 30, 'Where were you?', null]],
      warnings: [
        fileNoteAt(14, 'the cue runs past the end of the episode at 12 s; cut there', 'End it before the episode ends'),
        fileNoteAt(18, 'the cue starts at 20 s, after the episode ends at 12 s; dropped', 'Remove it, or check that the file belongs to this episode'),
        fileNoteAt(14, 'the cue "Where were you?" matches no line of the script; it is shown without a speaker colour', 'Check that the file belongs to this episode, or add the line to the script'),
      ],
    },
    'text-differs.srt': {
      cues: [[30, 45, 'Where were you last night?', 'maya'], CLEAN[1]!, CLEAN[2]!],
      warnings: [
        {
          path: ['beats', 0, 'dialogue', 0],
          atFrame: 30,
          fileLine: 2,
          message: 'the line is "Where were you?" in the script but "Where were you last night?" in public/text-differs.srt (line 2)',
          fix: 'Make the two agree: the file\'s words are the ones burned in',
        },
      ],
    },
    'webvtt.vtt': {},
    'webvtt-comma.vtt': { warnings: [fileNoteAt(3, 'uses a comma instead of a dot before the milliseconds (lines 3, 6, 9); read as milliseconds', 'Write WebVTT times like 00:00:01.500')] },
    'webvtt-named-srt.srt': { warnings: [fileNoteAt(1, 'is a WebVTT file (it starts with "WEBVTT") but is named .srt; read as WebVTT', 'Rename it to .vtt')] },
    'bad-arrow.srt': { cues: [], errors: [fileNoteAt(6, 'expected a time line like "00:00:01,000 --> 00:00:02,500", but got "00:00:03,000 -> 00:00:04,500"', 'Write the arrow between the times as "-->"')] },
    'bad-minutes.srt': { cues: [], errors: [fileNoteAt(10, 'expected a time line like "00:00:01,000 --> 00:00:02,500", but got "00:75:05,000 --> 00:75:07,000": "00:75:05,000" has minutes above 59', SRT_TIME)] },
    'long-milliseconds.srt': { cues: [], errors: [fileNoteAt(2, 'expected a time line like "00:00:01,000 --> 00:00:02,500", but got "00:00:01,000 --> 00:00:02,5000": "00:00:02,5000" has 4 digits of milliseconds, more than 3', SRT_TIME)] },
    'empty.srt': { cues: [], errors: [fileNoteAt(1, 'expected at least one cue (a time line like "00:00:01,000 --> 00:00:02,500" and its text), but found none', 'Check that this is the subtitle file of the episode')] },
    'number-without-time.srt': { cues: [], errors: [fileNoteAt(13, 'expected a time line like "00:00:01,000 --> 00:00:02,500" after cue number 4, but the cue ends there', 'Add its time line and text, or remove the cue number')] },
    'bad-header.vtt': { cues: [], errors: [fileNoteAt(1, 'expected "WEBVTT" alone or followed by a space, but got "WEBVTTX"', 'Make the first line "WEBVTT"')] },
  };

  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => expectImport(name, expected));
  }
});
