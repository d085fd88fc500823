import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compilePrompts, promptHash } from '../../../src/prompts';
import type { BeatInput } from '../../../src/schema';
import { MAYA, VICTOR, productionEpisode } from '../../fixtures/production';

const BEATS: BeatInput[] = [
  {
    type: 'reaction',
    id: 'shock',
    shot: { description: 'Maya stares at the screen.', setting: 'glass-walled office at night', lighting: 'cool blue light', camera: 'push-in' },
    character: 'maya',
    emotion: 'confusion turning to shock',
    durationInSeconds: 2,
  },
  {
    type: 'dialogue',
    id: 'threat',
    shot: { type: 'close-up', description: 'Victor leans in.' },
    characters: ['victor'],
    dialogue: [{ speaker: 'victor', text: 'Stay quiet.', parenthetical: 'low' }],
  },
  {
    type: 'insert',
    id: 'proof',
    shot: { description: 'Her phone on the desk.' },
    characters: ['maya', 'victor'],
    insert: { kind: 'chat', contact: 'Victor', messages: [{ from: 'them', text: 'My office. 8 AM.' }] },
  },
];

const MAYA_WORDS = 'Maya Chen, a 24-year-old junior designer with shoulder-length dark hair, small gold earrings, slight build, wearing white button-down shirt, beige blazer.';
const VICTOR_WORDS = 'Victor Hale, a 48-year-old creative director with silver swept-back hair, grey beard, tall build, wearing charcoal suit.';
const STYLE = 'Style: realistic cinematic drama, shallow depth of field, natural skin tones, high detail.';
const PLACE = 'Setting: glass-walled office at night. Lighting: cool blue light.';

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
const compile = (beats = BEATS, series = {}, template?: string, suggestions = false) => compilePrompts({ episode: productionEpisode({ beats, series }), template, suggestions });

describe('compilePrompts', () => {
  it('writes character + action + emotion + setting + shot type + lighting + style + format for every beat', () => {
    const prompts = [
      `Vertical 9:16 format, 1080x1920. Close-up. ${MAYA_WORDS} Maya stares at the screen. Maya Chen's expression: confusion turning to shock. Mood: rising tension. ${PLACE} ${STYLE}`,
      `Vertical 9:16 format, 1080x1920. Close-up. ${VICTOR_WORDS} Victor leans in. Victor Hale, low. Mood: rising tension. ${PLACE} ${STYLE}`,
      `Vertical 9:16 format, 1080x1920. Insert shot. ${MAYA_WORDS} Her phone on the desk. On screen: a phone screen with a messages thread with Victor, the last message reading "My office. 8 AM." Mood: the moment the truth lands. ${PLACE} ${STYLE}`,
    ];
    expect(compile()).toEqual({
      episode: 'office-e01',
      template: 'generic',
      prompts: [
        { episode: 'office-e01', shot: '1', beat: 'shock', suggested: false, prompt: prompts[0], hash: sha(prompts[0]!) },
        { episode: 'office-e01', shot: '2', beat: 'threat', suggested: false, prompt: prompts[1], hash: sha(prompts[1]!) },
        { episode: 'office-e01', shot: '3', beat: 'proof', suggested: false, prompt: prompts[2], hash: sha(prompts[2]!) },
      ],
    });
  });

  it('adds camera move, lines and duration for video, and the series style line', () => {
    const [first, second] = compile(BEATS, { prompts: { style: 'tense corporate thriller' } }, 'video').prompts;
    expect(first?.prompt).toBe(
      `Vertical 9:16 format, 1080x1920. Close-up. ${MAYA_WORDS} Maya stares at the screen. Maya Chen's expression: confusion turning to shock. Mood: rising tension. ${PLACE} Camera: slow push-in. Duration: 2.0 seconds. Style: tense corporate thriller.`,
    );
    expect(second?.prompt).toContain('Victor Hale says: "Stay quiet." Setting');
  });

  it('fills a series template and keeps its plain text', () => {
    const series = { prompts: { templates: [{ name: 'mj', template: '{shot} {characters} --ar 9:16' }] } };
    expect(compile(BEATS, series, 'mj').prompts.map((p) => p.prompt)).toEqual([`Close-up. ${MAYA_WORDS} --ar 9:16`, `Close-up. ${VICTOR_WORDS} --ar 9:16`, `Insert shot. ${MAYA_WORDS} --ar 9:16`]);
  });
});

describe('suggested reaction prompts', () => {
  it('follow their beat, numbered like the shot list, as a static close-up in the same place', () => {
    const suggested = `Vertical 9:16 format, 1080x1920. Close-up. ${MAYA_WORDS} Close-up of Maya Chen reacting to: Her phone on the desk. Maya Chen's expression: shock at the message on the screen. Mood: the moment the truth lands. ${PLACE} ${STYLE}`;
    const { prompts } = compile(BEATS, {}, undefined, true);
    expect(prompts.map((p) => `${p.shot} ${p.beat} ${p.suggested}`)).toEqual(['1 shock false', '2 threat false', '3 proof false', '3A proof-reaction-maya true']);
    expect(prompts[3]).toEqual({ episode: 'office-e01', shot: '3A', beat: 'proof-reaction-maya', suggested: true, prompt: suggested, hash: sha(suggested) });
  });

  it('leave the prompts of the beats as they were', () => {
    expect(compile(BEATS, {}, undefined, true).prompts.filter((p) => !p.suggested)).toEqual(compile().prompts);
  });
});

describe('determinism', () => {
  it('compiles the same episode to the same prompts and hashes every time', () => {
    expect(compile()).toEqual(compile(structuredClone(BEATS)));
  });

  it('changes every prompt with Maya in it, and only those, when her wardrobe changes', () => {
    const before = compile().prompts.map((p) => p.hash);
    const after = compile(BEATS, { characters: [{ ...MAYA, wardrobe: 'grey sweater' }, VICTOR] }).prompts.map((p) => p.hash);
    expect(after.map((hash, i) => hash !== before[i])).toEqual([true, false, true]);
  });

  it('describes a character with a continuity note\'s wardrobe from that beat on', () => {
    const beats = BEATS.map((b) => (b.id === 'threat' ? { ...b, characters: ['victor', 'maya'], continuity: [{ character: 'maya', wardrobe: 'grey sweater', change: 'next day' }] } : b)) as BeatInput[];
    expect(compile(beats).prompts.map((p) => p.prompt.includes('wearing grey sweater'))).toEqual([false, true, true]);
  });
});

describe('promptHash', () => {
  it('is the first 12 hex characters of the sha256 of the prompt', () => {
    expect(promptHash('abc')).toBe('ba7816bf8f01');
  });
});
