import { describe, expect, it } from 'vitest';
import { markdownText, shotsToCsv, shotsToJson, shotsToMarkdown, type EpisodeShots, type ShotRow } from '../../../src/shots';

const row: ShotRow = {
  episode: 'office-e01',
  shot: '3',
  beat: 'quiet',
  suggested: false,
  type: 'dialogue',
  role: 'escalation',
  fromInFrames: 45,
  durationInFrames: 66,
  shotType: 'two-shot',
  camera: 'static',
  characters: ['Victor Hale', 'Maya Chen'],
  setting: { text: 'office, 8 a.m.', carried: true },
  lighting: null,
  props: ['phone: email from Victor Hale, "Working late?"'],
  lines: ['Victor Hale (low): Sit.', 'Maya Chen: No.'],
  emotion: null,
  description: 'Victor *slides* the letter across.',
  continuity: [],
};

const suggestion: ShotRow = { ...row, shot: '3A', beat: 'quiet-reaction-maya', suggested: true, type: 'reaction', fromInFrames: null, characters: ['Maya Chen'], props: [], lines: [], emotion: 'fear', description: 'Close-up of Maya Chen.' };

const episodes: EpisodeShots[] = [{ id: 'office-e01', title: 'Pilot', fps: 30, durationInFrames: 111, shots: [row, suggestion] }];

describe('shotsToCsv', () => {
  it('writes one RFC 4180 record per shot, quoting commas, quotes and line breaks', () => {
    expect(shotsToCsv(episodes)).toBe(
      [
        'episode,shot,beat,suggested,type,role,start,duration_s,shot_type,camera,characters,setting,lighting,props,lines,emotion,description,continuity',
        'office-e01,3,quiet,,dialogue,escalation,00:00:01:15,2.2,two-shot,static,Victor Hale; Maya Chen,"office, 8 a.m. (cont.)",,"phone: email from Victor Hale, ""Working late?""","Victor Hale (low): Sit.\nMaya Chen: No.",,Victor *slides* the letter across.,',
        'office-e01,3A,quiet-reaction-maya,yes,reaction,escalation,,2.2,two-shot,static,Maya Chen,"office, 8 a.m. (cont.)",,,,fear,Close-up of Maya Chen.,',
        '',
      ].join('\r\n'),
    );
  });
});

describe('shotsToMarkdown', () => {
  it('prints a call sheet: one block per shot, suggestions marked, Markdown characters escaped', () => {
    expect(shotsToMarkdown(episodes)).toBe(
      [
        '# Shot list',
        '',
        '## office-e01: Pilot',
        '',
        '1 shot, 3.7 s; 1 suggested extra reaction shot (marked SUGGESTED, not in the cut).',
        '',
        '### 3. quiet (dialogue, escalation) · 00:00:01:15, 2.2 s',
        '',
        '- **Shot:** two-shot, camera static',
        '- **Cast:** Victor Hale, Maya Chen',
        '- **Setting:** office, 8 a.m. (cont.)',
        '- **Lighting:** —',
        '- **Props:** phone: email from Victor Hale, "Working late?"',
        '- **Action:** Victor \\*slides\\* the letter across.',
        '- **Lines:**',
        '  - Victor Hale (low): Sit.',
        '  - Maya Chen: No.',
        '',
        '### 3A. quiet-reaction-maya (reaction, escalation) · SUGGESTED extra, 2.2 s',
        '',
        '- **Shot:** two-shot, camera static',
        '- **Cast:** Maya Chen',
        '- **Setting:** office, 8 a.m. (cont.)',
        '- **Lighting:** —',
        '- **Props:** —',
        '- **Action:** Close-up of Maya Chen.',
        '- **Emotion:** fear',
        '- **Lines:** —',
        '',
      ].join('\n'),
    );
  });
});

describe('markdownText', () => {
  it('escapes emphasis, code, links and HTML, but not an underscore inside a word', () => {
    expect(markdownText('Lumen_v7 _draft_ *bold* `code` [link] <b> a\\b')).toBe('Lumen_v7 \\_draft\\_ \\*bold\\* \\`code\\` \\[link\\] \\<b\\> a\\\\b');
  });
  it('keeps a multi-line text on one line', () => {
    expect(markdownText('one\ntwo')).toBe('one two');
  });
});

describe('shotsToJson', () => {
  it('round-trips through JSON.parse', () => {
    expect(JSON.parse(shotsToJson(episodes))).toEqual(episodes);
  });
});
