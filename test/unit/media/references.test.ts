import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMedia, mediaReferences } from '../../../src/validate/check-media';
import { dialogueBeat, parsedJob } from '../../fixtures/minimal';

const job = parsedJob(
  {
    beats: [dialogueBeat({ dialogue: [{ speaker: 'maya', text: 'What?', voice: 'vo/what.wav' }], sound: { roomTone: 'amb/rain.wav', effects: [{ src: 'hit' }, { src: 'sfx/door.mp3' }] } })],
    sound: { music: { src: 'beds/ep.mp3' }, roomTone: 'room-tone' },
  },
  { sound: { music: { src: 'beds/series.mp3' }, roomTone: 'amb/office.wav' } },
);

describe('mediaReferences: sound', () => {
  it('lists recordings, room tones, effect files and music beds with their fields, and no built-in sound names', () => {
    expect(mediaReferences(job)).toEqual([
      { path: ['episode', 'beats', 0, 'dialogue', 0, 'voice'], src: 'vo/what.wav' },
      { path: ['episode', 'beats', 0, 'sound', 'roomTone'], src: 'amb/rain.wav' },
      { path: ['episode', 'beats', 0, 'sound', 'effects', 1, 'src'], src: 'sfx/door.mp3' },
      { path: ['episode', 'sound', 'music', 'src'], src: 'beds/ep.mp3' },
      { path: ['series', 'sound', 'roomTone'], src: 'amb/office.wav' },
      { path: ['series', 'sound', 'music', 'src'], src: 'beds/series.mp3' },
    ]);
  });
});

describe('checkMedia: sound', () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-sound-refs-'));
  afterAll(() => rmSync(publicDir, { recursive: true, force: true }));

  it('names each missing sound file by its field', () => {
    mkdirSync(path.join(publicDir, 'vo'), { recursive: true });
    writeFileSync(path.join(publicDir, 'vo/what.wav'), '');
    expect(checkMedia({ job, publicDir }).map((p) => [p.path.join('.'), p.message])).toEqual([
      ['episode.beats.0.sound.roomTone', 'must name a file in public/, but public/amb/rain.wav does not exist'],
      ['episode.beats.0.sound.effects.1.src', 'must name a file in public/, but public/sfx/door.mp3 does not exist'],
      ['episode.sound.music.src', 'must name a file in public/, but public/beds/ep.mp3 does not exist'],
      ['series.sound.roomTone', 'must name a file in public/, but public/amb/office.wav does not exist'],
      ['series.sound.music.src', 'must name a file in public/, but public/beds/series.mp3 does not exist'],
    ]);
  });
});
