import { describe, expect, it } from 'vitest';
import { suggestReactions } from '../../../src/shots';
import type { BeatInput } from '../../../src/schema';
import { productionEpisode } from '../../fixtures/production';

const reaction = (id: string, character: string): BeatInput => ({ type: 'reaction', id, shot: { description: 'A face.' }, characters: [character], character, emotion: 'shock' });

const suggest = (beats: BeatInput[]) => {
  const episode = productionEpisode({ beats });
  return suggestReactions({ beats: episode.episode.beats, characters: episode.characters });
};

const MAYA_AT_PROOF = { id: 'proof-reaction-maya', characterId: 'maya', emotion: 'shock at the message on the screen', description: 'Close-up of Maya Chen reacting to: The file history on her phone.' };

const chatReveal: BeatInput = {
  type: 'insert',
  id: 'proof',
  shot: { description: 'The file history on her phone.' },
  characters: ['maya', 'victor'],
  insert: { kind: 'chat', contact: 'Victor', messages: [{ from: 'them', text: 'Stay quiet.' }] },
};

const threat: BeatInput = {
  type: 'cliffhanger',
  id: 'threat',
  shot: { description: 'Victor leans in.' },
  characters: ['victor', 'maya'],
  dialogue: [{ speaker: 'victor', text: 'Stay quiet.' }],
  cliffhangerType: 'threat',
};

describe('suggestReactions', () => {
  it('suggests a reaction of everyone in a cliffhanger, the speaker holding the look after the line', () => {
    expect(suggest([reaction('before', 'victor'), { ...threat, dialogue: [] }])).toEqual([
      { beatIndex: 1, id: 'threat-reaction-maya', characterId: 'maya', emotion: 'fear held behind a steady face', description: 'Close-up of Maya Chen reacting to: Victor leans in.' },
    ]);
    expect(suggest([threat])).toEqual([
      { beatIndex: 0, id: 'threat-reaction-victor', characterId: 'victor', emotion: 'holding the look after the line, watching it land', description: 'Close-up of Victor Hale reacting to: Victor leans in.' },
      { beatIndex: 0, id: 'threat-reaction-maya', characterId: 'maya', emotion: 'fear held behind a steady face', description: 'Close-up of Maya Chen reacting to: Victor leans in.' },
    ]);
  });

  it('skips the sender of a revealed message and anyone with a reaction beat right before or after', () => {
    expect(suggest([chatReveal])).toEqual([{ beatIndex: 0, ...MAYA_AT_PROOF }]);
    expect(suggest([reaction('before', 'maya'), chatReveal])).toEqual([]);
    expect(suggest([chatReveal, reaction('after', 'maya')])).toEqual([]);
  });

  it('does not look two beats away, and suggests nothing for a reaction beat that is itself the reveal', () => {
    expect(suggest([reaction('far', 'maya'), reaction('near', 'victor'), chatReveal])).toEqual([{ beatIndex: 2, ...MAYA_AT_PROOF }]);
    expect(suggest([{ ...reaction('face', 'maya'), role: 'reveal' } as BeatInput])).toEqual([]);
  });

  it('suggests nothing around hooks and escalations', () => {
    expect(suggest([{ ...chatReveal, role: 'escalation' } as BeatInput])).toEqual([]);
  });
});
