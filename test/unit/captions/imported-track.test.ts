import { describe, expect, it } from 'vitest';
import { buildCaptionTrack } from '../../../src/captions';
import { alignCues } from '../../../src/captions/track/align';
import { corpusBeat, cueRows, episodeWith } from '../../fixtures/caption-jobs';

const srt = (...cues: [string, string, string][]) => cues.map(([from, to, text], i) => `${i + 1}\n${from} --> ${to}\n${text}\n`).join('\n');
const build = (lines: Parameters<typeof corpusBeat>[0], text: string) =>
  buildCaptionTrack({ episode: episodeWith([corpusBeat(lines)], { captions: { src: 'e.srt' } }), file: { path: 'public/e.srt', text } });

describe('imported caption timings', () => {
  it('take a script line said over two cues, each cue with the line\'s speaker and its part', () => {
    const result = build([{ speaker: 'victor', text: 'He asked me to move your files. I said yes.' }], srt(['00:00:01,000', '00:00:03,000', 'He asked me to move your files.'], ['00:00:03,200', '00:00:04,000', 'I said yes.']));
    expect(cueRows(result)).toEqual([
      [30, 60, 'He asked me to move your files.', 'victor'],
      [96, 24, 'I said yes.', 'victor'],
    ]);
    expect(result.track.cues.map((c) => c.origin)).toEqual([
      { beatIndex: 0, lineIndex: 0, part: 0, parts: 2 },
      { beatIndex: 0, lineIndex: 0, part: 1, parts: 2 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('take two script lines said in one cue, the cue taking the speaker of most of its words', () => {
    const result = build([{ speaker: 'maya', text: 'Why?' }, { speaker: 'victor', text: 'Because I said so.' }], srt(['00:00:01,000', '00:00:03,000', 'Why? Because I said so.']));
    expect(cueRows(result)).toEqual([[30, 60, 'Why? Because I said so.', 'victor']]);
    expect(result.warnings).toEqual([]);
  });

  it('emphasise the line\'s word where the cue says it', () => {
    const result = build([{ speaker: 'maya', text: 'You were never supposed to see that.', caption: { emphasis: 'never' } }], srt(['00:00:01,000', '00:00:03,000', 'You were NEVER\nsupposed to see that.']));
    expect(result.track.cues[0]?.words.filter((w) => w.emphasis).map((w) => w.text)).toEqual(['NEVER']);
  });

  it('warn about a line the file leaves out, and about timing overrides the file makes moot', () => {
    const result = build([{ speaker: 'maya', text: 'Hello.', caption: { shiftInSeconds: 1, splitAfter: ['Hello.'] } }, { speaker: 'victor', text: 'Goodbye.' }], srt(['00:00:01,000', '00:00:02,000', 'Goodbye.']));
    expect(result.warnings).toEqual([
      { path: ['beats', 0, 'dialogue', 0], atFrame: null, fileLine: null, message: 'the line "Hello." is not in public/e.srt', fix: 'Add a cue for it to the file, or remove the line from the script' },
      { path: ['beats', 0, 'dialogue', 0, 'caption'], atFrame: null, fileLine: null, message: 'shiftInSeconds, splitAfter are ignored: the episode takes its caption timings from public/e.srt', fix: 'Retime the cue in the file instead, and remove the override' },
    ]);
  });

  it('warn once per line whose words the file changes, quoting both', () => {
    const result = build([{ speaker: 'maya', text: 'Where did you put them?' }], srt(['00:00:01,000', '00:00:02,000', "Where'd you"], ['00:00:02,100', '00:00:03,000', 'put them?']));
    expect(result.warnings).toEqual([
      { path: ['beats', 0, 'dialogue', 0], atFrame: 30, fileLine: 2, message: 'the line is "Where did you put them?" in the script but "Where\'d you put them?" in public/e.srt (line 2)', fix: 'Make the two agree: the file\'s words are the ones burned in' },
    ]);
  });
});

describe('overlapping imported cues', () => {
  it('show two cues that start together as one, with a warning naming both lines', () => {
    const result = build(
      [{ speaker: 'maya', text: 'Stop.' }, { speaker: 'victor', text: 'Never.' }],
      srt(['00:00:01,000', '00:00:02,000', 'Stop.'], ['00:00:01,000', '00:00:02,500', 'Never.']),
    );
    expect(cueRows(result)).toEqual([[30, 45, 'Stop.\nNever.', 'maya']]);
    expect(result.warnings).toEqual([{ fileLine: 2, path: null, atFrame: 30, message: 'the cue starts together with the next one (line 6); the two are shown as one', fix: 'Fix the times in the file' }]);
  });
});

describe('alignCues', () => {
  const lines = [
    { beatIndex: 0, lineIndex: 0, speakerId: 'a', text: 'one two three' },
    { beatIndex: 0, lineIndex: 1, speakerId: 'b', text: 'four five' },
  ];

  it('matches words in order, filling a cue\'s extra words from their neighbours', () => {
    expect(alignCues({ cues: [{ text: 'one two' }, { text: 'THREE, four extra five' }], lines })).toEqual({
      wordLines: [
        [0, 0],
        [0, 1, 1, 1],
      ],
      cueLines: [0, 1],
      exact: [true, false],
    });
  });

  it('leaves a cue without a single script word unmatched', () => {
    expect(alignCues({ cues: [{ text: 'nothing here' }], lines })).toEqual({ wordLines: [[-1, -1]], cueLines: [-1], exact: [false, false] });
  });
});
