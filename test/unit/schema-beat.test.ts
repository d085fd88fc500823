import { describe, expect, it } from 'vitest';
import { beatSchema, isVideoPath, mediaSchema } from '../../src/schema';
import { problemsOf } from '../fixtures/problems';

const shot = { description: 'Maya at the door.' };
const BASE_DEFAULTS = { characters: [], dialogue: [], transition: 'cut' };

describe('beatSchema: each type with its defaults', () => {
  it('hook: role hook, medium static shot', () => {
    expect(beatSchema.parse({ type: 'hook', id: 'open', shot, overlay: 'That is MY design.' })).toEqual({
      type: 'hook',
      id: 'open',
      role: 'hook',
      ...BASE_DEFAULTS,
      shot: { type: 'medium', description: 'Maya at the door.', camera: 'static' },
      overlay: 'That is MY design.',
    });
  });

  it('dialogue: role escalation, two-shot', () => {
    const line = { speaker: 'maya', text: 'Over the weekend?', parenthetical: 'whispering' };
    expect(beatSchema.parse({ type: 'dialogue', id: 'talk', shot, dialogue: [line] })).toEqual({
      type: 'dialogue',
      id: 'talk',
      role: 'escalation',
      ...BASE_DEFAULTS,
      dialogue: [line],
      shot: { type: 'two-shot', description: 'Maya at the door.', camera: 'static' },
    });
  });

  it('reaction: role escalation, close-up', () => {
    expect(beatSchema.parse({ type: 'reaction', id: 'shock', shot, character: 'maya', emotion: 'shock' })).toEqual({
      type: 'reaction',
      id: 'shock',
      role: 'escalation',
      ...BASE_DEFAULTS,
      shot: { type: 'close-up', description: 'Maya at the door.', camera: 'static' },
      character: 'maya',
      emotion: 'shock',
    });
  });

  it('insert: role reveal, insert shot', () => {
    const insert = { kind: 'missed-call', caller: 'Jun' } as const;
    expect(beatSchema.parse({ type: 'insert', id: 'call', shot, insert })).toEqual({
      type: 'insert',
      id: 'call',
      role: 'reveal',
      ...BASE_DEFAULTS,
      shot: { type: 'insert', description: 'Maya at the door.', camera: 'static' },
      insert: { kind: 'missed-call', caller: 'Jun', count: 1, time: 'now' },
    });
  });

  it('cliffhanger: role cliffhanger, close-up, default card', () => {
    expect(beatSchema.parse({ type: 'cliffhanger', id: 'end', shot, cliffhangerType: 'threat' })).toEqual({
      type: 'cliffhanger',
      id: 'end',
      role: 'cliffhanger',
      ...BASE_DEFAULTS,
      shot: { type: 'close-up', description: 'Maya at the door.', camera: 'static' },
      cliffhangerType: 'threat',
      card: { text: 'To be continued' },
    });
  });

  it('keeps explicit values over defaults', () => {
    const beat = beatSchema.parse({
      type: 'cliffhanger',
      id: 'end',
      role: 'reveal',
      shot: { ...shot, type: 'wide', camera: 'push-in' },
      cliffhangerType: 'arrival',
      card: { teaser: 'Tomorrow: the launch' },
      transition: 'whip',
      durationInSeconds: 4,
    });
    expect(beat).toMatchObject({ role: 'reveal', transition: 'whip', durationInSeconds: 4, card: { text: 'To be continued', teaser: 'Tomorrow: the launch' } });
    expect(beat.shot).toEqual({ type: 'wide', description: 'Maya at the door.', camera: 'push-in' });
  });
});

describe('beatSchema: rejections', () => {
  it('rejects an unknown type and suggests the closest', () => {
    expect(problemsOf(beatSchema, { type: 'dialog', id: 'talk', shot })).toEqual([
      { path: ['type'], message: 'must be one of "hook", "dialogue", "reaction", "insert", "cliffhanger", but got "dialog"', fix: 'Did you mean "dialogue"?' },
    ]);
  });

  it('rejects a beat without a type', () => {
    expect(problemsOf(beatSchema, { id: 'talk', shot })).toEqual([
      { path: ['type'], message: 'must be one of "hook", "dialogue", "reaction", "insert", "cliffhanger", but got nothing' },
    ]);
  });

  it('accepts a duration just above 0 and rejects 0', () => {
    expect(beatSchema.parse({ type: 'hook', id: 'open', shot, durationInSeconds: 0.1 }).durationInSeconds).toBe(0.1);
    expect(problemsOf(beatSchema, { type: 'hook', id: 'open', shot, durationInSeconds: 0 })).toEqual([
      { path: ['durationInSeconds'], message: 'must be greater than 0, but got 0', fix: 'Leave it out to time the beat from its dialogue and inserts' },
    ]);
  });

  it('limits dialogue beats to dialogue framings', () => {
    expect(problemsOf(beatSchema, { type: 'dialogue', id: 'talk', shot: { ...shot, type: 'wide' } })).toEqual([
      { path: ['shot', 'type'], message: 'must be one of "two-shot", "close-up", "over-the-shoulder", but got "wide"' },
    ]);
  });

  it('needs the character and emotion of a reaction', () => {
    expect(problemsOf(beatSchema, { type: 'reaction', id: 'shock', shot })).toEqual([
      { path: ['character'], message: 'is missing: expected a string', fix: 'Add it' },
      { path: ['emotion'], message: 'is missing: expected a string', fix: 'Add it' },
    ]);
  });

  it('rejects an empty line of dialogue and a misspelt line field', () => {
    expect(problemsOf(beatSchema, { type: 'dialogue', id: 'talk', shot, dialogue: [{ speaker: 'maya', text: ' ' }] })).toEqual([
      { path: ['dialogue', 0, 'text'], message: 'must not be empty, but got " "' },
    ]);
    expect(problemsOf(beatSchema, { type: 'dialogue', id: 'talk', shot, dialogue: [{ speaker: 'maya', text: 'Hi', parentetical: 'softly' }] })).toEqual([
      { path: ['dialogue', 0], message: 'has unknown field "parentetical"', fix: 'Did you mean "parenthetical"?' },
    ]);
  });

  it('rejects an unknown field on the cliffhanger card', () => {
    expect(problemsOf(beatSchema, { type: 'cliffhanger', id: 'end', shot, cliffhangerType: 'threat', card: { teasr: 'Next' } })).toEqual([
      { path: ['card'], message: 'has unknown field "teasr"', fix: 'Did you mean "teaser"?' },
    ]);
  });

  it('rejects an unknown cliffhanger type', () => {
    expect(problemsOf(beatSchema, { type: 'cliffhanger', id: 'end', shot, cliffhangerType: 'twist' })).toEqual([
      { path: ['cliffhangerType'], message: 'must be one of "threat", "reveal", "arrival", "decision", "question", "danger", "betrayal", but got "twist"' },
    ]);
  });
});

describe('mediaSchema', () => {
  it('accepts an image path and applies the defaults', () => {
    expect(mediaSchema.parse({ src: 'show/e01/hook.png' })).toEqual({
      src: 'show/e01/hook.png',
      trimStartInSeconds: 0,
      fit: 'cover',
      focalPoint: { x: 0.5, y: 0.4 },
      muted: false,
      playbackRate: 1,
    });
  });

  it('accepts every listed extension in any case', () => {
    for (const src of ['a.png', 'a.jpg', 'a.JPEG', 'a.webp', 'a.mp4', 'a.WebM', 'a.mov']) expect(mediaSchema.parse({ src }).src).toBe(src);
  });

  it('rejects a file type it cannot show', () => {
    expect(problemsOf(mediaSchema, { src: 'show/e01/hook.gif' })).toEqual([
      { path: ['src'], message: 'must be an image or video file (png, jpg, jpeg, webp, mp4, webm, mov), but got "show/e01/hook.gif"' },
    ]);
  });

  it('accepts focal points on the frame edges and rejects points outside it', () => {
    expect(mediaSchema.parse({ src: 'a.png', focalPoint: { x: 0, y: 1 } }).focalPoint).toEqual({ x: 0, y: 1 });
    expect(problemsOf(mediaSchema, { src: 'a.png', focalPoint: { x: -0.1, y: 1.1 } })).toEqual([
      { path: ['focalPoint', 'x'], message: 'must be at least 0, but got -0.1' },
      { path: ['focalPoint', 'y'], message: 'must be at most 1, but got 1.1' },
    ]);
  });

  it('accepts a trim start of 0 and rejects a negative one; a trim end must be positive', () => {
    expect(mediaSchema.parse({ src: 'a.mp4', trimStartInSeconds: 0, trimEndInSeconds: 0.5 })).toMatchObject({ trimStartInSeconds: 0, trimEndInSeconds: 0.5 });
    expect(problemsOf(mediaSchema, { src: 'a.mp4', trimStartInSeconds: -1, trimEndInSeconds: 0 })).toEqual([
      { path: ['trimStartInSeconds'], message: 'must be at least 0, but got -1', fix: 'Seconds into the clip where the beat starts, 0 or more' },
      { path: ['trimEndInSeconds'], message: 'must be greater than 0, but got 0' },
    ]);
  });
});

describe('isVideoPath', () => {
  it('tells videos from images by extension, in any case', () => {
    expect(['a.mp4', 'a.MOV', 'dir.v1/a.webm'].map(isVideoPath)).toEqual([true, true, true]);
    expect(['a.png', 'a.jpg', 'a.mp4.png'].map(isVideoPath)).toEqual([false, false, false]);
  });
});
