import { describe, expect, it } from 'vitest';
import { insertSchema } from '../../src/schema';
import { problemsOf } from '../fixtures/problems';

describe('insertSchema: each kind with its defaults', () => {
  it('chat', () => {
    const chat = { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'Where are you?' }, { from: 'me', text: 'Late.' }] };
    expect(insertSchema.parse(chat)).toEqual(chat);
  });

  it('notification: app "Messages", time "now"', () => {
    expect(insertSchema.parse({ kind: 'notification', sender: 'Jun', text: 'Call me.' })).toEqual({
      kind: 'notification',
      app: 'Messages',
      sender: 'Jun',
      text: 'Call me.',
      time: 'now',
    });
  });

  it('missed-call: one call, time "now"', () => {
    expect(insertSchema.parse({ kind: 'missed-call', caller: 'Victor' })).toEqual({ kind: 'missed-call', caller: 'Victor', count: 1, time: 'now' });
  });

  it('document', () => {
    const document = { kind: 'document', title: 'Contract', lines: ['Clause 1', 'Signed: V.'], highlightLine: 0 };
    expect(insertSchema.parse(document)).toEqual(document);
  });

  it('photo, with and without a file', () => {
    expect(insertSchema.parse({ kind: 'photo', description: 'Maya and Jun, 2019' })).toEqual({ kind: 'photo', description: 'Maya and Jun, 2019' });
    const photo = { kind: 'photo', description: 'Maya and Jun', src: 'show/photo.jpg', caption: 'Us, 2019' };
    expect(insertSchema.parse(photo)).toEqual(photo);
  });

  it('email', () => {
    const email = { kind: 'email', from: 'Victor', to: 'Board', subject: 'Lumen', body: ['I designed it myself.'], highlight: 'myself' };
    expect(insertSchema.parse(email)).toEqual(email);
  });

  it('trims text fields', () => {
    expect(insertSchema.parse({ kind: 'missed-call', caller: '  Victor ' })).toEqual({ kind: 'missed-call', caller: 'Victor', count: 1, time: 'now' });
  });
});

describe('insertSchema: rejections', () => {
  it('rejects an unknown kind and suggests the closest', () => {
    expect(problemsOf(insertSchema, { kind: 'emial', from: 'a', to: 'b', subject: 'c', body: ['d'] })).toEqual([
      {
        path: ['kind'],
        message: 'must be one of "chat", "notification", "missed-call", "document", "photo", "email", but got "emial"',
        fix: 'Did you mean "email"?',
      },
    ]);
  });

  it('rejects a field of another kind', () => {
    expect(problemsOf(insertSchema, { kind: 'missed-call', caller: 'Jun', sender: 'Jun' })).toEqual([
      { path: [], message: 'has unknown field "sender"', fix: 'Remove it, or check the spelling against the schema' },
    ]);
  });

  it('chat: needs a message, and "from" is "me" or "them"', () => {
    expect(problemsOf(insertSchema, { kind: 'chat', contact: 'Jun', messages: [] })).toEqual([
      { path: ['messages'], message: 'needs at least one message, but got an empty list' },
    ]);
    expect(problemsOf(insertSchema, { kind: 'chat', contact: 'Jun', messages: [{ from: 'jun', text: 'Hi' }] })).toEqual([
      { path: ['messages', 0, 'from'], message: 'must be one of "me", "them", but got "jun"' },
    ]);
  });

  it('missed-call: accepts one call and rejects none', () => {
    expect(insertSchema.parse({ kind: 'missed-call', caller: 'Jun', count: 1 })).toMatchObject({ count: 1 });
    expect(problemsOf(insertSchema, { kind: 'missed-call', caller: 'Jun', count: 0 })).toEqual([{ path: ['count'], message: 'must be at least 1, but got 0' }]);
  });

  it('document: needs a line, and highlightLine counts from 0', () => {
    expect(problemsOf(insertSchema, { kind: 'document', title: 'T', lines: [], highlightLine: 0 })).toEqual([
      { path: ['lines'], message: 'needs at least one line, but got an empty list' },
    ]);
    expect(problemsOf(insertSchema, { kind: 'document', title: 'T', lines: ['a'], highlightLine: -1 })).toEqual([
      { path: ['highlightLine'], message: 'must be at least 0, but got -1' },
    ]);
    expect(problemsOf(insertSchema, { kind: 'document', title: 'T', lines: ['a'], highlightLine: 0.5 })).toEqual([
      { path: ['highlightLine'], message: 'must be a whole number, but got 0.5' },
    ]);
  });

  it('email: needs a paragraph of body', () => {
    expect(problemsOf(insertSchema, { kind: 'email', from: 'a', to: 'b', subject: 'c', body: [] })).toEqual([
      { path: ['body'], message: 'needs at least one paragraph, but got an empty list' },
    ]);
  });

  it('notification: needs a sender', () => {
    expect(problemsOf(insertSchema, { kind: 'notification', text: 'Call me.' })).toEqual([
      { path: ['sender'], message: 'is missing: expected a string', fix: 'Add it' },
    ]);
  });
});
