import { describe, expect, it } from 'vitest';
import { checkJob, checkTimings } from '../../src/validate';
import { dialogueBeat, jobInput, parsedJob } from '../fixtures/minimal';

// "What?" needs 59 frames (1.97 s); "Unquestionably!!" (16 characters) needs 61 frames (2.03 s).
const WHAT = [{ speaker: 'maya', text: 'What?' }];
const LONG_WORD = [{ speaker: 'maya', text: 'Unquestionably!!' }];

describe('checkTimings', () => {
  it('accepts beats timed from their content', () => {
    expect(checkTimings(parsedJob({ beats: [dialogueBeat({ dialogue: WHAT })] }))).toEqual([]);
  });

  it('accepts an explicit duration that covers the content exactly, and rejects one a frame short', () => {
    expect(checkTimings(parsedJob({ beats: [dialogueBeat({ dialogue: WHAT, durationInSeconds: 1.96 })] }))).toEqual([]);
    expect(checkTimings(parsedJob({ beats: [dialogueBeat({ dialogue: WHAT, durationInSeconds: 1.93 })] }))).toEqual([
      {
        path: ['episode', 'beats', 0, 'durationInSeconds'],
        message: "must be at least 2.0 s, the time the beat's content needs (reading time and holds), but got 1.93",
        fix: "Raise it to 2.0, shorten the beat's text, or leave durationInSeconds out to time the beat automatically",
      },
    ]);
  });

  it('rounds the suggested duration up, so following the fix passes', () => {
    const short = checkTimings(parsedJob({ beats: [dialogueBeat({ dialogue: LONG_WORD, durationInSeconds: 2 })] }));
    expect(short.map((p) => p.fix)).toEqual(["Raise it to 2.1, shorten the beat's text, or leave durationInSeconds out to time the beat automatically"]);
    expect(checkTimings(parsedJob({ beats: [dialogueBeat({ dialogue: LONG_WORD, durationInSeconds: 2.1 })] }))).toEqual([]);
  });

  it('counts holds as content: a silent reaction needs 2.2 s', () => {
    const reaction = { type: 'reaction', id: 'shock', shot: { description: 'Face.' }, character: 'maya', emotion: 'shock' } as const;
    expect(checkTimings(parsedJob({ beats: [dialogueBeat(), { ...reaction, durationInSeconds: 2.2 }] }))).toEqual([]);
    expect(checkTimings(parsedJob({ beats: [dialogueBeat(), { ...reaction, durationInSeconds: 2 }] }))).toEqual([
      {
        path: ['episode', 'beats', 1, 'durationInSeconds'],
        message: "must be at least 2.2 s, the time the beat's content needs (reading time and holds), but got 2",
        fix: "Raise it to 2.2, shorten the beat's text, or leave durationInSeconds out to time the beat automatically",
      },
    ]);
  });
});

describe('checkJob', () => {
  it('returns the parsed job, defaults applied, when everything checks out', () => {
    expect(checkJob(jobInput())).toEqual({ job: parsedJob(), problems: [] });
  });

  it('stops at schema problems, with paths from the job root', () => {
    const input = jobInput({ title: '', beats: [dialogueBeat({ dialogue: [{ speaker: 'mya', text: 'Hi' }] })] });
    expect(checkJob(input)).toEqual({ job: null, problems: [{ path: ['episode', 'title'], message: 'must not be empty, but got ""' }] });
  });

  it('suggests the field meant by a misspelt one anywhere in the job', () => {
    const input = jobInput({ beats: [{ ...dialogueBeat(), durationInSecond: 3 } as never] });
    expect(checkJob(input)).toEqual({
      job: null,
      problems: [{ path: ['episode', 'beats', 0], message: 'has unknown field "durationInSecond"', fix: 'Did you mean "durationInSeconds"?' }],
    });
  });

  it('stops at reference problems before timing, which needs every speaker to exist', () => {
    const input = jobInput({ beats: [dialogueBeat({ dialogue: [{ speaker: 'mya', text: 'Hi' }], durationInSeconds: 0.1 })] });
    expect(checkJob(input)).toEqual({
      job: null,
      problems: [{ path: ['episode', 'beats', 0, 'dialogue', 0, 'speaker'], message: 'must be a character of the series (maya, victor), but got "mya"', fix: 'Did you mean "maya"?' }],
    });
  });

  it('reports timing problems last', () => {
    const result = checkJob(jobInput({ beats: [dialogueBeat({ durationInSeconds: 0.1 })] }));
    expect(result.job).toBeNull();
    expect(result.problems.map((p) => p.message)).toEqual(["must be at least 2.0 s, the time the beat's content needs (reading time and holds), but got 0.1"]);
  });
});
