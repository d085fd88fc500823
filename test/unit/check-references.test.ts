import { describe, expect, it } from 'vitest';
import type { BeatInput } from '../../src/schema';
import { checkReferences } from '../../src/validate';
import { dialogueBeat, parsedJob } from '../fixtures/minimal';

const check = (beats: BeatInput[]) => checkReferences(parsedJob({ beats }));
const insertBeat = (insert: unknown): BeatInput => ({ type: 'insert', id: 'evidence', shot: { description: 'A screen.' }, insert }) as BeatInput;
const document = (highlightLine: number) => insertBeat({ kind: 'document', title: 'Contract', lines: ['Clause 1.', 'Clause 2.', 'Signed: V.'], highlightLine });
const email = (highlight: string) => insertBeat({ kind: 'email', from: 'V', to: 'Board', subject: 'Lumen', body: ['I designed Lumen.', 'Alone.'], highlight });

describe('checkReferences', () => {
  it('accepts an episode whose references all resolve', () => {
    const beats: BeatInput[] = [
      dialogueBeat({ characters: ['maya', 'victor'], dialogue: [{ speaker: 'victor', text: 'Resign.' }] }),
      { type: 'reaction', id: 'shock', shot: { description: 'Maya.' }, character: 'maya', emotion: 'shock' },
    ];
    expect(check(beats)).toEqual([]);
  });

  it('rejects an unknown speaker and suggests the closest character', () => {
    expect(check([dialogueBeat({ dialogue: [{ speaker: 'mya', text: 'Hi' }] })])).toEqual([
      { path: ['episode', 'beats', 0, 'dialogue', 0, 'speaker'], message: 'must be a character of the series (maya, victor), but got "mya"', fix: 'Did you mean "maya"?' },
    ]);
  });

  it('rejects a character with no close match and says how to add it', () => {
    expect(check([dialogueBeat({ characters: ['maya', 'jun'] })])).toEqual([
      {
        path: ['episode', 'beats', 0, 'characters', 1],
        message: 'must be a character of the series (maya, victor), but got "jun"',
        fix: 'Add "jun" to the characters of series "test-series", or use one of its characters',
      },
    ]);
  });

  it('rejects an unknown reacting character', () => {
    expect(check([{ type: 'reaction', id: 'shock', shot: { description: 'Face.' }, character: 'victr', emotion: 'shock' }])).toEqual([
      { path: ['episode', 'beats', 0, 'character'], message: 'must be a character of the series (maya, victor), but got "victr"', fix: 'Did you mean "victor"?' },
    ]);
  });

  it('rejects an episode that names another series', () => {
    expect(checkReferences(parsedJob({ series: 'other-series' }))).toEqual([
      { path: ['episode', 'series'], message: 'must be the id of its series ("test-series"), but got "other-series"', fix: 'Set it to "test-series"' },
    ]);
  });

  it('rejects a beat id used twice, naming the second use', () => {
    expect(check([dialogueBeat(), dialogueBeat({ id: 'other' }), dialogueBeat()])).toEqual([
      { path: ['episode', 'beats', 2, 'id'], message: 'must be unique in the episode, but "talk" is used twice', fix: 'Rename one of the beats' },
    ]);
  });

  it('accepts the last line of a document as the highlight, and rejects one past it', () => {
    expect(check([document(2)])).toEqual([]);
    expect(check([document(3)])).toEqual([
      { path: ['episode', 'beats', 0, 'insert', 'highlightLine'], message: 'must be the index of one of the 3 lines (0 to 2), but got 3', fix: 'Lines count from 0' },
    ]);
  });

  it('accepts an email highlight that is in the body, and rejects one that is not', () => {
    expect(check([email('Alone.')])).toEqual([]);
    expect(check([email('designed Lumen')])).toEqual([]);
    expect(check([email('alone')])).toEqual([
      {
        path: ['episode', 'beats', 0, 'insert', 'highlight'],
        message: 'must be a phrase of the email body, but "alone" is not in it',
        fix: 'Copy the phrase exactly from one of the body paragraphs',
      },
    ]);
  });

  it('reports every problem of an episode, in order', () => {
    const beats = [dialogueBeat({ characters: ['jun'], dialogue: [{ speaker: 'mya', text: 'Hi' }] }), dialogueBeat()];
    expect(check(beats).map((p) => p.path.join('.'))).toEqual(['episode.beats.0.characters.0', 'episode.beats.0.dialogue.0.speaker', 'episode.beats.1.id']);
  });
});
