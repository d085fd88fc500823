import { describe, expect, it } from 'vitest';
import { problemsFromZod } from '../../../src/errors';
import { beatSoundSchema, dialogueLineSchema, episodeJobSchema, loudnessTargetSchema, scratchVoiceSchema, seriesSoundSchema } from '../../../src/schema';
import { dialogueBeat, jobInput } from '../../fixtures/minimal';

const problems = (input: unknown) => {
  const parsed = episodeJobSchema.safeParse(input);
  return parsed.success ? [] : problemsFromZod(parsed.error, input, episodeJobSchema).map((p) => [p.path.join('.'), p.message, p.fix]);
};

describe('sound in the schema', () => {
  it('defaults a series\' sound: built-in room tone, scratch voices on, −14 LUFS at −1 dBTP', () => {
    expect(seriesSoundSchema.parse({})).toEqual({ roomTone: 'room-tone', scratchVoices: true, loudness: { integratedLufs: -14, truePeakDb: -1 } });
  });

  it('takes built-in sound names or audio files for effects and room tone', () => {
    expect(beatSoundSchema.parse({ roomTone: false, effects: [{ src: 'ping' }, { src: 'sfx/Door.WAV', atSeconds: 1 }] })).toEqual({
      roomTone: false,
      effects: [{ src: 'ping', atSeconds: 0, volumeDb: 0 }, { src: 'sfx/Door.WAV', atSeconds: 1, volumeDb: 0 }],
      automaticEffects: true,
    });
  });

  it('names the field, the choices and what was found for a sound that is neither', () => {
    expect(problems(jobInput({ beats: [dialogueBeat({ sound: { effects: [{ src: 'sfx/door.gif' }] } })] }))).toEqual([
      ['episode.beats.0.sound.effects.0.src', 'must be a built-in sound (ping, send, buzz, hit, room-tone) or an audio file in public/ (wav, mp3, m4a, aac, ogg, opus, flac), but got "sfx/door.gif"', undefined],
    ]);
  });

  it('needs an audio file for a line\'s recording', () => {
    expect(dialogueLineSchema.safeParse({ speaker: 'maya', text: 'Hi.', voice: 'vo/hi.mp4' }).error?.issues[0]?.message).toBe('must be an audio file (wav, mp3, m4a, aac, ogg, opus, flac)');
  });

  it('checks scratch voice settings and loudness targets at their bounds', () => {
    expect(scratchVoiceSchema.safeParse({ voice: 'en-us+whisper', pitch: 99, wordsPerMinute: 80 }).success).toBe(true);
    expect(scratchVoiceSchema.safeParse({ voice: 'English US' }).error?.issues[0]?.message).toBe('must be an espeak-ng voice like "en-us" or "en-us+f3" (`espeak-ng --voices` lists them)');
    expect([scratchVoiceSchema.safeParse({ pitch: 100 }).success, scratchVoiceSchema.safeParse({ wordsPerMinute: 79 }).success]).toEqual([false, false]);
    expect([loudnessTargetSchema.safeParse({ truePeakDb: 0 }).success, loudnessTargetSchema.safeParse({ truePeakDb: 0.1 }).success]).toEqual([true, false]);
  });
});
