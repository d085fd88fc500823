import { describe, expect, it } from 'vitest';
import { chooseMusic, planMedia } from '../../../src/media/plan';
import type { BeatInput } from '../../../src/schema';
import { dialogueBeat, parsedJob } from '../../fixtures/minimal';

const files = (...names: string[]): Set<string> => new Set(names);
const twoLines = (overrides: Partial<Extract<BeatInput, { type: 'dialogue' }>> = {}): BeatInput =>
  dialogueBeat({ dialogue: [{ speaker: 'maya', text: 'What?' }, { speaker: 'victor', text: 'Nothing.', voice: 'rec/victor.wav' }], ...overrides });

describe('planMedia', () => {
  it('lists named files with their fields and dropped-in files with their beat or line', () => {
    const job = parsedJob({ beats: [twoLines({ media: { src: 'clips/a.mp4' }, sound: { roomTone: 'amb/office.wav', effects: [{ src: 'ping' }, { src: 'sfx/door.mp3' }] } }), dialogueBeat({ id: 'late' })] });
    const { uses, problems } = planMedia({ job, files: files('test-series/e01/talk.line1.wav', 'test-series/e01/late.png', 'test-series/e01/music.ogg') });
    expect(problems).toEqual([]);
    expect(uses).toEqual([
      { role: 'picture', src: 'clips/a.mp4', path: ['episode', 'beats', 0, 'media', 'src'], droppedIn: false, beatId: 'talk' },
      { role: 'voice', src: 'test-series/e01/talk.line1.wav', path: ['episode', 'beats', 0, 'dialogue', 0], droppedIn: true, beatId: 'talk', lineIndex: 0 },
      { role: 'voice', src: 'rec/victor.wav', path: ['episode', 'beats', 0, 'dialogue', 1, 'voice'], droppedIn: false, beatId: 'talk', lineIndex: 1 },
      { role: 'sound', src: 'amb/office.wav', path: ['episode', 'beats', 0, 'sound', 'roomTone'], droppedIn: false },
      { role: 'sound', src: 'sfx/door.mp3', path: ['episode', 'beats', 0, 'sound', 'effects', 1, 'src'], droppedIn: false },
      { role: 'picture', src: 'test-series/e01/late.png', path: ['episode', 'beats', 1], droppedIn: true, beatId: 'late' },
      { role: 'music', src: 'test-series/e01/music.ogg', path: ['episode'], droppedIn: true },
    ]);
  });

  it('lets a named file win over a dropped-in one', () => {
    const job = parsedJob({ beats: [dialogueBeat({ media: { src: 'clips/a.mp4' } })] });
    expect(planMedia({ job, files: files('test-series/e01/talk.mp4') }).uses.map((u) => u.src)).toEqual(['clips/a.mp4']);
  });

  it('says which file it used when several are dropped in for one beat or line', () => {
    const job = parsedJob();
    const { uses, problems } = planMedia({ job, files: files('test-series/e01/talk.png', 'test-series/e01/talk.mp4', 'test-series/e01/talk.line1.mp3', 'test-series/e01/talk.line1.wav') });
    expect(uses.map((u) => u.src)).toEqual(['test-series/e01/talk.mp4', 'test-series/e01/talk.line1.wav']);
    expect(problems).toEqual([
      {
        path: ['episode', 'beats', 0],
        message: 'has more than one dropped-in file (public/test-series/e01/talk.mp4, public/test-series/e01/talk.png); public/test-series/e01/talk.mp4 is used',
        fix: 'Remove or rename the files you do not want, so exactly one is left',
      },
      {
        path: ['episode', 'beats', 0, 'dialogue', 0],
        message: 'has more than one dropped-in file (public/test-series/e01/talk.line1.wav, public/test-series/e01/talk.line1.mp3); public/test-series/e01/talk.line1.wav is used',
        fix: 'Remove or rename the files you do not want, so exactly one is left',
      },
    ]);
  });

  it('does not treat built-in sound names as files', () => {
    const job = parsedJob({ beats: [dialogueBeat({ sound: { roomTone: 'room-tone', effects: [{ src: 'hit' }] } })] }, { sound: { roomTone: 'room-tone' } });
    expect(planMedia({ job, files: files() }).uses).toEqual([]);
  });
});

describe('chooseMusic', () => {
  const dropped = files('test-series/music.mp3');

  it('uses a dropped-in bed with the default settings when nothing is set', () => {
    expect(chooseMusic(parsedJob(), dropped).music).toEqual({
      settings: { volumeDb: -14, trimStartInSeconds: 0, fadeInSeconds: 1, fadeOutSeconds: 2, duck: { depthDb: 12, attackSeconds: 0.25, releaseSeconds: 0.6 } },
      use: { role: 'music', src: 'test-series/music.mp3', path: ['episode'], droppedIn: true },
    });
  });

  it('takes the episode\'s setting over the series\', and its named file over a dropped-in one', () => {
    const job = parsedJob({ sound: { music: { src: 'beds/own.mp3', volumeDb: -20 } } }, { sound: { music: { volumeDb: -10 } } });
    expect(chooseMusic(job, dropped).music).toMatchObject({ settings: { volumeDb: -20 }, use: { src: 'beds/own.mp3', path: ['episode', 'sound', 'music', 'src'], droppedIn: false } });
    expect(chooseMusic(parsedJob({}, { sound: { music: { volumeDb: -10 } } }), dropped).music).toMatchObject({ settings: { volumeDb: -10 }, use: { src: 'test-series/music.mp3' } });
  });

  it('plays no music when the episode or the series turns it off, or when there is no file', () => {
    expect(chooseMusic(parsedJob({ sound: { music: false } }), dropped).music).toBeNull();
    expect(chooseMusic(parsedJob({}, { sound: { music: false } }), dropped).music).toBeNull();
    expect(chooseMusic(parsedJob(), files()).music).toBeNull();
  });

  it('lets an episode bring music back when the series turned it off', () => {
    expect(chooseMusic(parsedJob({ sound: { music: { src: 'beds/own.mp3' } } }, { sound: { music: false } }), dropped).music?.use.src).toBe('beds/own.mp3');
  });
});
