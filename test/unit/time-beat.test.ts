import { describe, expect, it } from 'vitest';
import { beatSchema, type Character } from '../../src/schema';
import { timeBeat } from '../../src/timeline';
import { parsedJob } from '../fixtures/minimal';

// Lines below read in the 1 s minimum. A beat starts with a 0.35 s lead-in, lines are 0.25 s apart,
// and the last line has a 0.6 s tail: one line needs 0.35 + 1 + 0.6 = 1.95 s = 58.5 → 59 frames.
const characters = new Map(parsedJob().series.characters.map((c): [string, Character] => [c.id, c]));
const maya = characters.get('maya');
const victor = characters.get('victor');
const shot = { description: 'A room.' };
const time = (input: unknown) => timeBeat({ beat: beatSchema.parse(input), characters, fps: 30 });

describe('timeBeat: dialogue', () => {
  it('places each line after the lead-in and the gap before it', () => {
    const dialogue = [
      { speaker: 'maya', text: 'What?' },
      { speaker: 'victor', text: 'Nothing.' },
    ];
    expect(time({ type: 'dialogue', id: 'talk', shot, dialogue })).toEqual({
      lines: [
        { line: dialogue[0], speaker: maya, fromInFrames: 11, durationInFrames: 30 },
        // 0.35 + 1 + 0.25 = 1.6 s = frame 48; ends at 2.6 s = 78
        { line: dialogue[1], speaker: victor, fromInFrames: 48, durationInFrames: 30 },
      ],
      insertTiming: null,
      cardFromInFrames: null,
      // 2.6 + 0.6 tail = 3.2 s
      neededInFrames: 96,
    });
  });

  it('gives a longer line its reading time', () => {
    // 10 words / 2.7 = 3.7 s: from 0.35 s (frame 11) to 4.05 s (frame 122); + 0.6 tail = 4.65 s
    const beat = time({ type: 'dialogue', id: 'talk', shot, dialogue: [{ speaker: 'maya', text: 'The board loves it and we launch on Friday morning.' }] });
    expect(beat.lines.map((l) => [l.fromInFrames, l.durationInFrames])).toEqual([[11, 111]]);
    expect(beat.neededInFrames).toBe(140);
  });

  it('holds a beat without dialogue for the 1.5 s minimum', () => {
    expect(time({ type: 'dialogue', id: 'talk', shot })).toEqual({ lines: [], insertTiming: null, cardFromInFrames: null, neededInFrames: 45 });
  });

  it('refuses an unknown speaker: the episode must be validated first', () => {
    expect(() => time({ type: 'dialogue', id: 'talk', shot, dialogue: [{ speaker: 'mya', text: 'Hi' }] })).toThrow(
      'Unknown speaker "mya": validate the episode before timing it',
    );
  });
});

describe('timeBeat: hook', () => {
  it('holds the overlay for its reading time plus 0.8 s', () => {
    // "That is MY design." 4 words / 2.7 = 1.48 s + 0.8 s = 2.28 s → 68.4 → 69
    expect(time({ type: 'hook', id: 'open', shot, overlay: 'That is MY design.' }).neededInFrames).toBe(69);
  });

  it('takes the longer of the overlay and the dialogue', () => {
    const dialogue = [{ speaker: 'maya', text: 'What?' }, { speaker: 'maya', text: 'No.' }, { speaker: 'maya', text: 'Why?' }];
    // 0.35 + 3 × 1 + 2 × 0.25 + 0.6 = 4.45 s → 133.5 → 134, longer than the overlay's 1.8 s
    expect(time({ type: 'hook', id: 'open', shot, overlay: 'Mine.', dialogue }).neededInFrames).toBe(134);
  });

  it('lasts the minimum without overlay or dialogue', () => {
    expect(time({ type: 'hook', id: 'open', shot }).neededInFrames).toBe(45);
  });
});

describe('timeBeat: reaction', () => {
  it('holds a silent reaction for 2.2 s', () => {
    expect(time({ type: 'reaction', id: 'shock', shot, character: 'maya', emotion: 'shock' })).toEqual({
      lines: [],
      insertTiming: null,
      cardFromInFrames: null,
      neededInFrames: 66,
    });
  });

  it('runs longer when its dialogue needs more than the hold', () => {
    const dialogue = [{ speaker: 'maya', text: 'What?' }, { speaker: 'maya', text: 'No.' }];
    expect(time({ type: 'reaction', id: 'shock', shot, character: 'maya', emotion: 'shock', dialogue }).neededInFrames).toBe(96);
  });
});

describe('timeBeat: insert', () => {
  it('starts the insert after the lead-in and lasts as long as it needs', () => {
    // missed call from 0.35 s: item at frame 11, 0.35 + 2.5 + 1 = 3.85 s → 116
    expect(time({ type: 'insert', id: 'call', shot, insert: { kind: 'missed-call', caller: 'Jun' } })).toEqual({
      lines: [],
      insertTiming: { itemFromInFrames: [11], typingFromInFrames: [null], durationInFrames: 116 },
      cardFromInFrames: null,
      neededInFrames: 116,
    });
  });

  it('runs longer when its dialogue needs more than the insert', () => {
    const dialogue = ['One.', 'Two.', 'Three.', 'Four.'].map((text) => ({ speaker: 'maya', text }));
    // 0.35 + 4 + 3 × 0.25 + 0.6 = 5.7 s = 171 frames, longer than the insert's 116
    expect(time({ type: 'insert', id: 'call', shot, insert: { kind: 'missed-call', caller: 'Jun' }, dialogue }).neededInFrames).toBe(171);
  });
});

describe('timeBeat: cliffhanger', () => {
  it('shows the card after the lead-in when silent, for 2.5 s', () => {
    // card at 0.35 s → 11; 0.35 + 2.5 = 2.85 s → 85.5 → 86
    expect(time({ type: 'cliffhanger', id: 'end', shot, cliffhangerType: 'threat' })).toEqual({
      lines: [],
      insertTiming: null,
      cardFromInFrames: 11,
      neededInFrames: 86,
    });
  });

  it('shows the card after the last line and its tail', () => {
    // line ends at 1.35 s, + 0.6 tail = 1.95 s → card at 59; + 2.5 = 4.45 s → 134
    const beat = time({ type: 'cliffhanger', id: 'end', shot, cliffhangerType: 'threat', dialogue: [{ speaker: 'victor', text: 'Resign.' }] });
    expect([beat.cardFromInFrames, beat.neededInFrames]).toEqual([59, 134]);
  });
});
