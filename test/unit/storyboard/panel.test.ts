import { describe, expect, it } from 'vitest';
import type { BeatInput } from '../../../src/schema';
import { buildStoryboard, cuesOf, panelTimecode } from '../../../src/storyboard';
import { productionEpisode, productionJob } from '../../fixtures/production';

const shot = { description: 'Victor presents.' };

describe('panelTimecode', () => {
  it('prints MM:SS:FF, rolling frames into seconds at the frame rate', () => {
    expect(panelTimecode(0, 30)).toBe('00:00:00');
    expect(panelTimecode(29, 30)).toBe('00:00:29');
    expect(panelTimecode(30, 30)).toBe('00:01:00');
    expect(panelTimecode(30 * 60 - 1, 30)).toBe('00:59:29');
  });

  it('adds hours only from the first hour on', () => {
    expect(panelTimecode(30 * 3600 - 1, 30)).toBe('59:59:29');
    expect(panelTimecode(30 * 3600, 30)).toBe('01:00:00:00');
  });
});

describe('buildStoryboard', () => {
  it('makes one panel per beat with everything a director reads', () => {
    const talk: BeatInput = {
      type: 'dialogue',
      id: 'pitch',
      role: 'escalation',
      shot: { type: 'over-the-shoulder', camera: 'push-in', description: 'Over Maya’s shoulder: Victor smiles.', setting: 'Conference room', lighting: 'cold light' },
      transition: 'fade',
      characters: ['maya', 'victor'],
      dialogue: [{ speaker: 'victor', text: 'We launch on Friday.', parenthetical: 'smiling' }],
    };
    const board = buildStoryboard(productionEpisode({ beats: [{ type: 'hook', id: 'hook', shot, characters: ['maya'], overlay: 'MY design.' }, talk] }));
    expect(board.panels.map((p) => p.beatId)).toEqual(['hook', 'pitch']);
    expect(board.panels[1]).toEqual({
      number: 2,
      beatId: 'pitch',
      type: 'dialogue',
      role: 'escalation',
      shot: 'over-the-shoulder · push-in',
      transition: 'fade',
      // The hook's overlay needs 1.8 s (54 frames); "We launch on Friday." is read in 1.48 s, frames 11–55 of a 73-frame beat.
      fromTimecode: '00:01:24',
      toTimecode: '00:04:07',
      duration: '2.4 s',
      still: { frame: 87, timecode: '00:02:27', moment: 'mid-line' },
      cast: ['Maya Chen', 'Victor Hale'],
      description: 'Over Maya’s shoulder: Victor smiles.',
      place: 'Conference room · cold light',
      cues: [],
      dialogue: [{ speaker: 'Victor Hale', color: '#fbbf24', how: 'smiling', text: 'We launch on Friday.' }],
      footage: null,
    });
  });

  it('heads the board with the series, the episode and its length', () => {
    const board = buildStoryboard(productionEpisode({ beats: [{ type: 'hook', id: 'hook', shot, characters: ['maya'], overlay: 'MY design.' }] }));
    expect({ ...board, panels: board.panels.length }).toEqual({
      id: 'office-e01',
      seriesTitle: 'Office',
      episodeLabel: 'E01',
      episodeTitle: 'Pilot',
      purpose: 'Maya learns the truth.',
      length: '00:01:24',
      fps: 30,
      panels: 1,
    });
  });

  it('marks who is on the other end of an insert as off-screen, names footage, and leaves out a static camera and an unstated place', () => {
    const chat: BeatInput = {
      type: 'insert',
      id: 'texts',
      shot,
      characters: ['maya', 'victor'],
      insert: { kind: 'chat', contact: 'Victor', messages: [{ from: 'them', text: 'My office. Now.' }] },
      media: { src: 'office/e01/texts.png' },
    };
    const [panel] = buildStoryboard(productionEpisode({ beats: [chat] })).panels;
    expect(panel && { cast: panel.cast, shot: panel.shot, place: panel.place, footage: panel.footage }).toEqual({
      cast: ['Maya Chen', 'Victor Hale (off-screen)'],
      shot: 'insert',
      place: null,
      footage: 'office/e01/texts.png',
    });
  });
});

describe('cuesOf', () => {
  const beatsOf = (beats: BeatInput[]) => productionJob({ beats }).episode.beats;
  const insertCue = (insert: Extract<BeatInput, { type: 'insert' }>['insert']) => {
    const [beat] = beatsOf([{ type: 'insert', id: 'i', shot, characters: ['maya'], insert }]);
    return beat ? cuesOf(beat) : [];
  };

  it('gives a hook its on-screen line, a reaction its emotion, and dialogue nothing', () => {
    const [hook, bare, talk, react] = beatsOf([
      { type: 'hook', id: 'a', shot, overlay: 'MY design.' },
      { type: 'hook', id: 'b', shot },
      { type: 'dialogue', id: 'c', shot, characters: ['maya'], dialogue: [{ speaker: 'maya', text: 'Hi.' }] },
      { type: 'reaction', id: 'd', shot, characters: ['maya'], character: 'maya', emotion: 'shock, then resolve' },
    ]);
    expect([hook, bare, talk, react].map((b) => (b ? cuesOf(b) : null))).toEqual([[{ label: 'On screen', text: 'MY design.' }], [], [], [{ label: 'Emotion', text: 'shock, then resolve' }]]);
  });

  it('sums up each kind of insert in one line', () => {
    expect(insertCue({ kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'Look.' }, { from: 'me', text: 'What?' }] })).toEqual([{ label: 'Chat', text: 'Chat with Jun, 2 messages; last: “What?”' }]);
    expect(insertCue({ kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'Look.' }] })).toEqual([{ label: 'Chat', text: 'Chat with Jun, 1 message; last: “Look.”' }]);
    expect(insertCue({ kind: 'notification', sender: 'Jun', text: 'Look.' })).toEqual([{ label: 'Notification', text: 'Messages from Jun: “Look.”' }]);
    expect(insertCue({ kind: 'missed-call', caller: 'Mom', count: 3 })).toEqual([{ label: 'Missed call', text: '3 missed calls from Mom' }]);
    expect(insertCue({ kind: 'missed-call', caller: 'Mom' })).toEqual([{ label: 'Missed call', text: '1 missed call from Mom' }]);
    expect(insertCue({ kind: 'document', title: 'History', lines: ['v1', 'v7 Owner changed'], highlightLine: 1 })).toEqual([{ label: 'Document', text: '“History”, highlighted: “v7 Owner changed”' }]);
    expect(insertCue({ kind: 'photo', description: 'Victor at the bar', caption: 'Friday' })).toEqual([{ label: 'Photo', text: 'Victor at the bar (“Friday”)' }]);
    expect(insertCue({ kind: 'photo', description: 'Victor at the bar' })).toEqual([{ label: 'Photo', text: 'Victor at the bar' }]);
    expect(insertCue({ kind: 'email', from: 'HR', to: 'Maya', subject: 'Meeting', body: ['Come in at nine.'], highlight: 'at nine' })).toEqual([{ label: 'Email', text: 'From HR: “Meeting”, highlighted: “at nine”' }]);
  });

  it('gives a cliffhanger its card, with the teaser when there is one', () => {
    const [plain, teased] = beatsOf([
      { type: 'cliffhanger', id: 'a', shot, cliffhangerType: 'threat' },
      { type: 'cliffhanger', id: 'b', shot, cliffhangerType: 'arrival', card: { text: 'Next time', teaser: 'He knows.' } },
    ]);
    expect([plain, teased].map((b) => (b ? cuesOf(b) : null))).toEqual([[{ label: 'Card · threat', text: 'To be continued' }], [{ label: 'Card · arrival', text: 'Next time. He knows.' }]]);
  });
});
