import { describe, expect, it } from 'vitest';
import { planSound, speechRanges } from '../../../src/audio/sound-plan';
import { NO_ASSETS, type EpisodeAssets } from '../../../src/media/assets';
import { builtInSoundPath } from '../../../src/audio/cache';
import type { BeatInput } from '../../../src/schema';
import { musicSchema } from '../../../src/schema';
import { resolveEpisode } from '../../../src/timeline';
import { dialogueBeat, parsedJob } from '../../fixtures/minimal';

const ALL_SOUNDS = { ping: builtInSoundPath('ping'), send: builtInSoundPath('send'), buzz: builtInSoundPath('buzz'), hit: builtInSoundPath('hit'), 'room-tone': builtInSoundPath('room-tone') };
const chat: BeatInput = { type: 'insert', id: 'chat', shot: { description: 'Phone.' }, insert: { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'hi' }, { from: 'me', text: 'yes' }] } };
const end: BeatInput = { type: 'cliffhanger', id: 'end', shot: { description: 'Victor.' }, cliffhangerType: 'threat' };
const plan = (beats: BeatInput[], assets: Partial<EpisodeAssets> = {}, series = {}) => {
  const episode = resolveEpisode(parsedJob({ beats }, series));
  return { episode, cues: planSound({ episode, assets: { ...NO_ASSETS, sounds: ALL_SOUNDS, ...assets } }) };
};
const summary = (cues: ReturnType<typeof plan>['cues']) => cues.map((c) => `${c.name} ${c.fromInFrames}+${c.durationInFrames}${c.loop ? ' loop' : ''}`);

describe('planSound', () => {
  it('pings under an arriving message, swooshes under a sent one, and hits under the end card, over one run of room tone', () => {
    const { episode, cues } = plan([chat, end]);
    // The chat's bubbles arrive at frames 32 and 69; the end card at 148, 75 frames before the end (effects stop with the episode).
    expect(episode.durationInFrames).toBe(223);
    expect(summary(cues)).toEqual(['room tone 0+223 loop', 'effect · ping 32+191', 'effect · send 69+154', 'effect · hit 148+75']);
    expect(cues.map((c) => c.volume)).toEqual([
      { kind: 'level', db: 0, fadeInFrames: 4, fadeOutFrames: 4 },
      { kind: 'level', db: -4, fadeInFrames: 0, fadeOutFrames: 0 },
      { kind: 'level', db: -10, fadeInFrames: 0, fadeOutFrames: 0 },
      { kind: 'level', db: -4, fadeInFrames: 0, fadeOutFrames: 0 },
    ]);
  });

  it('plays a line\'s voice on its frames, recorded or scratch', () => {
    const voices = { talk: [{ src: 'rec/what.wav', durationInSeconds: 1, scratch: false }] };
    const { cues } = plan([dialogueBeat()], { voices });
    expect(cues.find((c) => c.key === 'voice-talk-0')).toEqual({ key: 'voice-talk-0', name: 'voice · Maya Chen', src: 'rec/what.wav', fromInFrames: 11, durationInFrames: 30, trimBeforeInFrames: 0, loop: false, volume: { kind: 'level', db: 0, fadeInFrames: 0, fadeOutFrames: 0 } });
  });

  it('beds music under the whole episode, looped when it is shorter, ducked under every line', () => {
    const music = { src: 'beds/a.mp3', durationInSeconds: 1, settings: musicSchema.parse({ trimStartInSeconds: 0.5 }) };
    const { episode, cues } = plan([dialogueBeat()], { music });
    expect(cues[0]).toEqual({
      key: 'music',
      name: 'music',
      src: 'beds/a.mp3',
      fromInFrames: 0,
      durationInFrames: episode.durationInFrames,
      trimBeforeInFrames: 15,
      loop: true,
      volume: { kind: 'music', db: -14, duck: { depthDb: 12, attackSeconds: 0.25, releaseSeconds: 0.6 }, speech: [[11, 41]], fadeInFrames: 30, fadeOutFrames: 60 },
    });
  });

  it('leaves room tone out under a clip that keeps its own sound, and out where it is turned off', () => {
    const pictures = { talk: { src: 'a.mp4', kind: 'video' as const, width: 1, height: 1, durationInSeconds: 9, hasAudio: true, droppedIn: false } };
    expect(summary(plan([dialogueBeat({ media: { src: 'a.mp4' } })], { pictures }).cues)).toEqual([]);
    expect(summary(plan([dialogueBeat({ media: { src: 'a.mp4', muted: true } })], { pictures }).cues)).toEqual(['room tone 0+59 loop']);
    expect(summary(plan([dialogueBeat()], {}, { sound: { roomTone: false } }).cues)).toEqual([]);
  });

  it('plays a beat\'s own effects from its start, and skips built-in sounds not generated yet', () => {
    const beat = dialogueBeat({ sound: { roomTone: false, automaticEffects: false, effects: [{ src: 'sfx/door.mp3', atSeconds: 0.5, volumeDb: -3 }, { src: 'hit' }] } });
    const { cues } = plan([beat], { sounds: {} });
    expect(cues.map((c) => [c.src, c.fromInFrames, c.volume])).toEqual([['sfx/door.mp3', 15, { kind: 'level', db: -7, fadeInFrames: 0, fadeOutFrames: 0 }]]);
  });

  it('starts a new run of room tone where the beats\' room tone changes', () => {
    const { cues } = plan([dialogueBeat(), dialogueBeat({ id: 'two', sound: { roomTone: 'amb/rain.wav' } })]);
    expect(summary(cues)).toEqual(['room tone 0+59 loop', 'room tone 59+59 loop']);
  });
});

describe('speechRanges', () => {
  it('lists every line on the episode timeline', () => {
    expect(speechRanges(resolveEpisode(parsedJob({ beats: [dialogueBeat(), dialogueBeat({ id: 'two' })] })))).toEqual([
      [11, 41],
      [70, 100],
    ]);
  });
});
