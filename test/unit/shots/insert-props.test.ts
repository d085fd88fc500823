import { describe, expect, it } from 'vitest';
import { insertProp } from '../../../src/shots';
import { insertSchema } from '../../../src/schema';

describe('insertProp', () => {
  it('names the prop and its content for every insert kind', () => {
    const inserts = [
      { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'hi' }] },
      { kind: 'notification', sender: 'Jun', text: 'Hurry.' },
      { kind: 'missed-call', caller: 'Jun' },
      { kind: 'missed-call', caller: 'Jun', count: 3 },
      { kind: 'document', title: 'Version history', lines: ['v1'], highlightLine: 0 },
      { kind: 'photo', description: 'sketches with the initials cut off' },
      { kind: 'email', from: 'Victor Hale', to: 'Maya', subject: 'Working late?', body: ['My office.'] },
    ].map((i) => insertProp(insertSchema.parse(i)));
    expect(inserts).toEqual([
      'phone: chat with Jun',
      'phone: Messages notification from Jun',
      'phone: 1 missed call from Jun',
      'phone: 3 missed calls from Jun',
      'document: Version history',
      'photo: sketches with the initials cut off',
      'phone: email from Victor Hale, "Working late?"',
    ]);
  });
});
