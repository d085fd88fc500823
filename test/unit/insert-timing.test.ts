import { describe, expect, it } from 'vitest';
import { insertSchema, type Insert } from '../../src/schema';
import { timeInsert } from '../../src/timeline';

// Every text below reads in the 1 s minimum, so each expected frame is simple arithmetic at 30 fps.
const insert = (input: unknown): Insert => insertSchema.parse(input);
const at = (input: unknown, startSeconds = 0, fps = 30) => timeInsert({ insert: insert(input), startSeconds, fps });

describe('timeInsert', () => {
  it('chat: "them" types for 0.7 s before each bubble, "me" sends at once', () => {
    const chat = { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'Where?' }, { from: 'me', text: 'Late.' }] };
    // them: typing at 0, bubble at 0.7 s; read 1 s + 0.25 s gap → 1.95 s; me: bubble at 1.95 s; → 3.2 s; hold 1 s → 4.2 s
    expect(at(chat)).toEqual({ itemFromInFrames: [21, 59], typingFromInFrames: [0, null], durationInFrames: 126 });
  });

  it('chat: consecutive messages from "them" each get a typing indicator', () => {
    const chat = { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'Hey.' }, { from: 'them', text: 'Now.' }] };
    // typing 0 → bubble 0.7 → 1.95 typing → 2.65 bubble → 3.9 + 1 hold
    expect(at(chat)).toEqual({ itemFromInFrames: [21, 80], typingFromInFrames: [0, 59], durationInFrames: 147 });
  });

  it('notification: 1.2 s to slide in, reading time of sender and text, then the hold', () => {
    expect(at({ kind: 'notification', sender: 'Jun', text: 'Hi' })).toEqual({ itemFromInFrames: [0], typingFromInFrames: [null], durationInFrames: 96 });
  });

  it('notification: a long text takes longer', () => {
    // "Jun Meet me in the archive room before nine." 9 words / 2.7 = 3.33 s → 1.2 + 3.33 + 1 = 5.53 s
    expect(at({ kind: 'notification', sender: 'Jun', text: 'Meet me in the archive room before nine.' }).durationInFrames).toBe(166);
  });

  it('missed-call: a fixed 2.5 s plus the hold', () => {
    expect(at({ kind: 'missed-call', caller: 'Victor', count: 3 })).toEqual({ itemFromInFrames: [0], typingFromInFrames: [null], durationInFrames: 105 });
  });

  it('document: the highlighted line appears after a 1.2 s scan and is read; other lines are not', () => {
    // 12 words / 2.7 = 4.44 s: 1.2 + 4.44 + 1 = 6.64 s → 199.3 → 200
    const lines = ['Clause 1.', 'Signed by Victor Hale on the ninth of March, witnessed by nobody.'];
    expect(at({ kind: 'document', title: 'Contract', lines, highlightLine: 1 })).toEqual({ itemFromInFrames: [36], typingFromInFrames: [null], durationInFrames: 200 });
    expect(at({ kind: 'document', title: 'Contract', lines, highlightLine: 0 }).durationInFrames).toBe(96);
  });

  it('photo: 2.5 s, plus reading time when captioned', () => {
    expect(at({ kind: 'photo', description: 'Maya and Jun' })).toEqual({ itemFromInFrames: [0], typingFromInFrames: [null], durationInFrames: 105 });
    expect(at({ kind: 'photo', description: 'Maya and Jun', caption: 'Us, 2019' }).durationInFrames).toBe(135);
  });

  it('email: opens in 1 s, then subject and highlight are read', () => {
    const email = { kind: 'email', from: 'Victor', to: 'Board', subject: 'Lumen', body: ['I made it myself.'] };
    expect(at(email)).toEqual({ itemFromInFrames: [30], typingFromInFrames: [null], durationInFrames: 90 });
    expect(at({ ...email, highlight: 'myself' }).durationInFrames).toBe(120);
  });

  it('counts from the given start and rounds up to whole frames', () => {
    // 0.35 s → frame 10.5 → 11; 0.35 + 2.5 + 1 = 3.85 s → 115.5 → 116
    expect(at({ kind: 'missed-call', caller: 'Victor' }, 0.35)).toEqual({ itemFromInFrames: [11], typingFromInFrames: [null], durationInFrames: 116 });
  });

  it('follows the frame rate', () => {
    // 3.5 s at 25 fps = 87.5 → 88
    expect(at({ kind: 'missed-call', caller: 'Victor' }, 0, 25).durationInFrames).toBe(88);
  });
});
