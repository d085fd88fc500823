import { describe, expect, it } from 'vitest';
import type { BeatInput } from '../../../src/schema';
import { keyFrameOf, type KeyFrame } from '../../../src/storyboard';
import { productionEpisode } from '../../fixtures/production';

const shot = { description: 'Maya at her desk.' };
const hook = (o: Partial<Extract<BeatInput, { type: 'hook' }>> = {}): BeatInput => ({ type: 'hook', id: 'hook', shot, characters: ['maya'], ...o });
const talk = (texts: string[], o: Partial<Extract<BeatInput, { type: 'dialogue' }>> = {}): BeatInput => ({
  type: 'dialogue',
  id: 'talk',
  shot,
  characters: ['maya', 'victor'],
  dialogue: texts.map((text, i) => ({ speaker: i % 2 === 0 ? 'maya' : 'victor', text })),
  ...o,
});
const react = (o: Partial<Extract<BeatInput, { type: 'reaction' }>> = {}): BeatInput => ({ type: 'reaction', id: 'react', shot, characters: ['maya'], character: 'maya', emotion: 'shock', ...o });
const cliff = (o: Partial<Extract<BeatInput, { type: 'cliffhanger' }>> = {}): BeatInput => ({ type: 'cliffhanger', id: 'end', shot, characters: ['victor'], dialogue: [{ speaker: 'victor', text: 'Stay quiet.' }], cliffhangerType: 'threat', ...o });

/** The key frame of the last beat of an episode made of these beats. */
const keyOfLast = (...beats: BeatInput[]): KeyFrame => {
  const resolved = productionEpisode({ beats }).beats.at(-1);
  if (!resolved) throw new Error('no beats');
  return keyFrameOf(resolved);
};

describe('keyFrameOf', () => {
  it('waits for the hook text to land (slam and shake end at frame 11)', () => {
    expect(keyOfLast(hook({ overlay: 'That is MY design.' }))).toEqual({ inBeat: 12, moment: 'hook text landed' });
  });

  it('catches a hook with a line mid-line, its text already up', () => {
    // "You stole it." runs frames 11–43 of the beat.
    expect(keyOfLast(hook({ overlay: 'That is MY design.', dialogue: [{ speaker: 'maya', text: 'You stole it.' }] }))).toEqual({ inBeat: 27, moment: 'mid-line, hook text up' });
  });

  it('takes the middle of a hook with neither text nor line', () => {
    // A silent hook lasts the 1.5 s minimum: 45 frames.
    expect(keyOfLast(hook())).toEqual({ inBeat: 22, moment: 'middle of the beat' });
  });

  it('catches dialogue mid-line: the only line, the first of two, the middle of three', () => {
    expect(keyOfLast(talk(['One.']))).toEqual({ inBeat: 26, moment: 'mid-line' });
    expect(keyOfLast(talk(['One.', 'Two, a longer line.']))).toEqual({ inBeat: 26, moment: 'mid-line' });
    // Lines at 11+30, 48+45, 100+30: the second line's middle is 48 + 22.
    expect(keyOfLast(talk(['One.', 'Two, a longer line.', 'Three.']))).toEqual({ inBeat: 70, moment: 'mid-line' });
  });

  it('takes the middle of a dialogue beat without lines', () => {
    expect(keyOfLast(talk([], { durationInSeconds: 2 }))).toEqual({ inBeat: 30, moment: 'middle of the beat' });
  });

  it('shows a reaction in its last emotion, 80% through', () => {
    // The 2.2 s hold is 66 frames; 80% is frame 52.8.
    expect(keyOfLast(react())).toEqual({ inBeat: 52, moment: 'the face it lands on' });
  });

  it('waits until the last chat bubble has popped in', () => {
    const chat: BeatInput = { type: 'insert', id: 'chat', shot, characters: ['maya'], insert: { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'Look.' }, { from: 'me', text: 'What?' }] } };
    // The second bubble appears at frame 69; its spring settles 18 frames later.
    expect(keyOfLast(chat)).toEqual({ inBeat: 87, moment: 'last message in' });
  });

  it('waits until a document line is highlighted and pushed in on', () => {
    const doc: BeatInput = { type: 'insert', id: 'doc', shot, characters: ['maya'], insert: { kind: 'document', title: 'History', lines: ['v1', 'Owner changed'], highlightLine: 1 } };
    expect(keyOfLast(doc)).toEqual({ inBeat: 87, moment: 'line highlighted' });
  });

  it('names what each other insert shows', () => {
    const insert = (i: Extract<BeatInput, { type: 'insert' }>['insert']): BeatInput => ({ type: 'insert', id: 'i', shot, characters: ['maya'], insert: i });
    expect(keyOfLast(insert({ kind: 'notification', sender: 'Jun', text: 'Look.' })).moment).toBe('notification in');
    expect(keyOfLast(insert({ kind: 'missed-call', caller: 'Mom' })).moment).toBe('missed call up');
    expect(keyOfLast(insert({ kind: 'photo', description: 'Victor at the bar' })).moment).toBe('photo landed');
    expect(keyOfLast(insert({ kind: 'email', from: 'HR', to: 'Maya', subject: 'Meeting', body: ['Come in.'] })).moment).toBe('email open');
  });

  it('shows the cliffhanger card once its teaser is in', () => {
    // The card starts at frame 59, after "Stay quiet." and its tail.
    expect(keyOfLast(cliff())).toEqual({ inBeat: 83, moment: 'end card up' });
  });

  it('never goes past the last frame of a beat cut shorter than its content', () => {
    expect(keyOfLast(cliff({ durationInSeconds: 2 }))).toEqual({ inBeat: 59, moment: 'end card up' });
    expect(keyOfLast(cliff({ durationInSeconds: 84 / 30 }))).toEqual({ inBeat: 83, moment: 'end card up' });
  });

  it('never lands inside the incoming transition', () => {
    // A 10-frame reaction after a fade (9 frames): 80% would be frame 8, inside the fade; frame 9 is its last frame.
    expect(keyOfLast(hook({ overlay: 'Now.' }), react({ transition: 'fade', durationInSeconds: 10 / 30 }))).toEqual({ inBeat: 9, moment: 'the face it lands on' });
    expect(keyOfLast(hook({ overlay: 'Now.' }), react({ transition: 'fade', durationInSeconds: 11 / 30 }))).toEqual({ inBeat: 9, moment: 'the face it lands on' });
    expect(keyOfLast(hook({ overlay: 'Now.' }), react({ transition: 'cut', durationInSeconds: 10 / 30 }))).toEqual({ inBeat: 8, moment: 'the face it lands on' });
  });
});
