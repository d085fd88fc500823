import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchLines, scratchVoicePath } from '../../../src/audio/scratch/scratch-lines';
import { scratchSettingsOf } from '../../../src/audio/scratch/voice-settings';
import { generateScratchVoices } from '../../../src/audio/scratch/generate-voices';
import { ESPEAK_ENV, espeakBinary } from '../../../src/audio/scratch/espeak';
import { wavSeconds } from '../../../src/audio/synth/wav';
import { NO_ASSETS } from '../../../src/media/assets';
import { characterSchema } from '../../../src/schema';
import { resolveEpisode } from '../../../src/timeline';
import { dialogueBeat, minimalCharacter, parsedJob } from '../../fixtures/minimal';

const twoLines = dialogueBeat({ dialogue: [{ speaker: 'maya', text: 'What?' }, { speaker: 'victor', text: 'You heard me.' }] });
const lines = (job = parsedJob({ beats: [twoLines] }), assets = NO_ASSETS) => scratchLines({ resolved: resolveEpisode(job), assets });

describe('scratchSettingsOf', () => {
  it('uses the character sheet\'s scratch voice when it has one', () => {
    const character = characterSchema.parse(minimalCharacter({ scratchVoice: { voice: 'en-us+f3', pitch: 70 } }));
    expect(scratchSettingsOf(character)).toEqual({ voice: 'en-us+f3', pitch: 70, wordsPerMinute: 165 });
  });

  it('reads pitch and pace from the voice description otherwise', () => {
    const of = (voice: string) => scratchSettingsOf(characterSchema.parse(minimalCharacter({ voice })));
    expect([of('low, slow, amused'), of('soft, quick'), of('gentle, hesitant')]).toEqual([
      { voice: 'en-us', pitch: 30, wordsPerMinute: 140 },
      { voice: 'en-us', pitch: 66, wordsPerMinute: 190 },
      { voice: 'en-us', pitch: 50, wordsPerMinute: 165 },
    ]);
  });
});

describe('scratchLines', () => {
  it('gives every line without a recording a scratch voice sized to its slot', () => {
    const [first, second] = lines();
    expect(first).toEqual({ beatId: 'talk', lineIndex: 0, text: 'What?', settings: { voice: 'en-us', pitch: 66, wordsPerMinute: 190 }, slotInFrames: 30, fps: 30, src: first?.src });
    expect(second?.src).toMatch(/^cliffhanger-cache\/voices\/[0-9a-z]+\.wav$/);
    expect(first?.src).not.toBe(second?.src);
  });

  it('names the same file for the same line, and another when the text, voice or slot changes', () => {
    const base = { text: 'What?', settings: { voice: 'en-us', pitch: 50, wordsPerMinute: 165 }, slotInFrames: 30, fps: 30 };
    expect(scratchVoicePath(base)).toBe(scratchVoicePath({ ...base }));
    expect(new Set([scratchVoicePath(base), scratchVoicePath({ ...base, text: 'Why?' }), scratchVoicePath({ ...base, settings: { ...base.settings, pitch: 51 } }), scratchVoicePath({ ...base, slotInFrames: 31 })]).size).toBe(4);
  });

  it('skips recorded lines, lines under a clip that keeps its sound, and series that turn scratch voices off', () => {
    const recorded = { ...NO_ASSETS, voices: { talk: [{ src: 'rec/a.wav', durationInSeconds: 1, scratch: false }] } };
    expect(lines(undefined, recorded).map((l) => l.lineIndex)).toEqual([1]);
    const speaking = { ...NO_ASSETS, pictures: { talk: { src: 'a.mp4', kind: 'video' as const, width: 1, height: 1, durationInSeconds: 9, hasAudio: true, droppedIn: true } } };
    expect(lines(undefined, speaking)).toEqual([]);
    expect(lines(parsedJob({ beats: [twoLines] }, { sound: { scratchVoices: false } }))).toEqual([]);
  });
});

describe('espeakBinary', () => {
  it('is espeak-ng on the PATH unless the environment names another', () => {
    expect([espeakBinary({}), espeakBinary({ [ESPEAK_ENV]: '/opt/espeak' })]).toEqual(['espeak-ng', '/opt/espeak']);
  });
});

describe('generateScratchVoices (espeak-ng)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-voices-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('speaks each line into the cache, fitting its slot, and skips lines already there', async () => {
    const wanted = lines();
    expect(await generateScratchVoices({ lines: wanted, publicDir: dir })).toEqual({ made: 2, engineMissing: false });
    for (const line of wanted) {
      const seconds = wavSeconds(readFileSync(path.join(dir, line.src))) ?? 0;
      expect(seconds).toBeGreaterThan(0.2);
      expect(seconds).toBeLessThanOrEqual(line.slotInFrames / line.fps + 0.05);
    }
    expect(readFileSync(path.join(dir, 'cliffhanger-cache/.gitignore'), 'utf8')).toContain('*');
    expect(await generateScratchVoices({ lines: wanted, publicDir: dir })).toEqual({ made: 0, engineMissing: false });
  });

  it('reports a missing engine instead of failing, and writes nothing', async () => {
    const previous = process.env[ESPEAK_ENV];
    process.env[ESPEAK_ENV] = path.join(dir, 'no-such-espeak');
    try {
      const wanted = lines(parsedJob({ beats: [dialogueBeat({ dialogue: [{ speaker: 'maya', text: 'Another line.' }] })] }));
      expect(await generateScratchVoices({ lines: wanted, publicDir: dir })).toEqual({ made: 0, engineMissing: true });
      expect(existsSync(path.join(dir, wanted[0]?.src ?? ''))).toBe(false);
    } finally {
      if (previous === undefined) delete process.env[ESPEAK_ENV];
      else process.env[ESPEAK_ENV] = previous;
    }
  });
});
