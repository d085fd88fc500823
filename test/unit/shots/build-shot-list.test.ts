import { describe, expect, it } from 'vitest';
import { buildShotList, type ShotRow } from '../../../src/shots';
import { productionEpisode } from '../../fixtures/production';

const episode = productionEpisode({
  beats: [
    {
      type: 'hook',
      id: 'slide',
      shot: { description: 'Maya sees her design.', setting: 'conference room', lighting: 'projector glow', camera: 'push-in' },
      characters: ['maya'],
      durationInSeconds: 3,
      continuity: [{ character: 'maya', props: ['phone'] }],
    },
    {
      type: 'insert',
      id: 'proof',
      shot: { description: 'The file history on her phone.' },
      characters: ['maya'],
      insert: { kind: 'document', title: 'Version history', lines: ['v7 Owner changed to Victor'], highlightLine: 0 },
      durationInSeconds: 4,
    },
    {
      type: 'cliffhanger',
      id: 'quiet',
      shot: { description: 'Victor leans in.', setting: 'hallway' },
      characters: ['victor'],
      dialogue: [{ speaker: 'victor', text: 'Stay quiet.', parenthetical: 'low' }],
      cliffhangerType: 'threat',
      durationInSeconds: 5,
      continuity: [{ character: 'victor', wardrobe: 'jacket off', change: 'after hours' }],
    },
  ],
});

const base = { episode: 'office-e01', suggested: false, props: [], lines: [], emotion: null, continuity: [] };

describe('buildShotList', () => {
  it('lists every beat with its timecode, cast, carried setting and props, each reveal followed by suggested reactions', () => {
    const mayaReaction: ShotRow = {
      ...base,
      shot: '2A',
      beat: 'proof-reaction-maya',
      suggested: true,
      type: 'reaction',
      role: 'reveal',
      fromInFrames: null,
      durationInFrames: 66,
      shotType: 'close-up',
      camera: 'static',
      characters: ['Maya Chen'],
      setting: { text: 'conference room', carried: true },
      lighting: { text: 'projector glow', carried: true },
      emotion: 'disbelief reading the proof',
      description: 'Close-up of Maya Chen reacting to: The file history on her phone.',
    };
    expect(buildShotList(episode)).toEqual({
      id: 'office-e01',
      title: 'Pilot',
      fps: 30,
      durationInFrames: 360,
      shots: [
        {
          ...base,
          shot: '1',
          beat: 'slide',
          type: 'hook',
          role: 'hook',
          fromInFrames: 0,
          durationInFrames: 90,
          shotType: 'medium',
          camera: 'push-in',
          characters: ['Maya Chen'],
          setting: { text: 'conference room', carried: false },
          lighting: { text: 'projector glow', carried: false },
          props: ['Maya Chen: phone'],
          description: 'Maya sees her design.',
        },
        {
          ...base,
          shot: '2',
          beat: 'proof',
          type: 'insert',
          role: 'reveal',
          fromInFrames: 90,
          durationInFrames: 120,
          shotType: 'insert',
          camera: 'static',
          characters: ['Maya Chen'],
          setting: { text: 'conference room', carried: true },
          lighting: { text: 'projector glow', carried: true },
          props: ['document: Version history', 'Maya Chen: phone'],
          description: 'The file history on her phone.',
        },
        mayaReaction,
        {
          ...base,
          shot: '3',
          beat: 'quiet',
          type: 'cliffhanger',
          role: 'cliffhanger',
          fromInFrames: 210,
          durationInFrames: 150,
          shotType: 'close-up',
          camera: 'static',
          characters: ['Victor Hale'],
          setting: { text: 'hallway', carried: false },
          lighting: { text: 'projector glow', carried: true },
          lines: ['Victor Hale (low): Stay quiet.'],
          description: 'Victor leans in.',
          continuity: ['Victor Hale: after hours (wears jacket off)'],
        },
        {
          ...mayaReaction,
          shot: '3A',
          beat: 'quiet-reaction-victor',
          role: 'cliffhanger',
          characters: ['Victor Hale'],
          setting: { text: 'hallway', carried: true },
          emotion: 'holding the look after the line, watching it land',
          description: 'Close-up of Victor Hale reacting to: Victor leans in.',
        },
      ],
    });
  });
});
