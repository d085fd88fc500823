import { describe, expect, it } from 'vitest';
import { CAPTION_STYLE_DEFAULTS, characterSchema, episodeJobSchema, episodeSchema, seriesSchema } from '../../src/schema';
import { dialogueBeat, minimalCharacter, minimalEpisode, minimalSeries } from '../fixtures/minimal';
import { problemsOf } from '../fixtures/problems';

const DEFAULT_STAND_IN = { skin: '#c99a78', hair: '#2a1d17', hairStyle: 'short', outfit: '#3b4252' };
const DEFAULT_PALETTE = { background: '#0d0f14', surface: '#1b1f29', text: '#f5f1ea', accent: '#e63946', muted: '#8a8f9c' };

describe('characterSchema', () => {
  it('accepts a complete character and fills in the default stand-in', () => {
    expect(characterSchema.parse(minimalCharacter())).toEqual({ ...minimalCharacter(), standIn: DEFAULT_STAND_IN });
  });

  it('keeps the stand-in fields given and defaults the rest', () => {
    const parsed = characterSchema.parse(minimalCharacter({ standIn: { hairStyle: 'bun', skin: '#aa8866' } }));
    expect(parsed.standIn).toEqual({ ...DEFAULT_STAND_IN, hairStyle: 'bun', skin: '#aa8866' });
  });

  it('accepts ages 1 and 120, and rejects 0, 121 and fractions', () => {
    expect(characterSchema.parse(minimalCharacter({ age: 1 })).age).toBe(1);
    expect(characterSchema.parse(minimalCharacter({ age: 120 })).age).toBe(120);
    expect(problemsOf(characterSchema, minimalCharacter({ age: 0 }))).toEqual([{ path: ['age'], message: 'must be at least 1, but got 0' }]);
    expect(problemsOf(characterSchema, minimalCharacter({ age: 121 }))).toEqual([{ path: ['age'], message: 'must be at most 120, but got 121' }]);
    expect(problemsOf(characterSchema, minimalCharacter({ age: 2.5 }))).toEqual([{ path: ['age'], message: 'must be a whole number, but got 2.5' }]);
  });

  it('rejects a colour that is not a CSS colour', () => {
    expect(problemsOf(characterSchema, minimalCharacter({ color: 'reddish' }))).toEqual([
      { path: ['color'], message: 'must be a CSS colour like "#e63946", but got "reddish"', fix: 'Use a hex colour like "#e63946"' },
    ]);
  });

  it('rejects an unknown hair style and suggests the closest', () => {
    expect(problemsOf(characterSchema, minimalCharacter({ standIn: { hairStyle: 'buns' as 'bun' } }))).toEqual([
      {
        path: ['standIn', 'hairStyle'],
        message: 'must be one of "short", "shoulder", "long", "bun", "buzz", "bald", but got "buns"',
        fix: 'Did you mean "bun"?',
      },
    ]);
  });

  it('reports a missing look field by its full path', () => {
    const { look, ...rest } = minimalCharacter();
    expect(problemsOf(characterSchema, { ...rest, look: { hair: look.hair, face: look.face } })).toEqual([
      { path: ['look', 'build'], message: 'is missing: expected a string', fix: 'Add it' },
    ]);
  });
});

describe('seriesSchema', () => {
  it('accepts a minimal series and applies platform, style and stand-in defaults', () => {
    const { characters, ...rest } = minimalSeries();
    expect(seriesSchema.parse(minimalSeries())).toEqual({
      ...rest,
      characters: characters.map((c) => ({ ...c, standIn: DEFAULT_STAND_IN })),
      platforms: ['tiktok', 'reels', 'shorts'],
      style: { fonts: { display: 'Anton', body: 'Inter' }, palette: DEFAULT_PALETTE, captions: CAPTION_STYLE_DEFAULTS },
    });
  });

  it('keeps the palette colours given and defaults the rest', () => {
    const parsed = seriesSchema.parse(minimalSeries({ style: { palette: { accent: '#ffcc00' } } }));
    expect(parsed.style).toEqual({ fonts: { display: 'Anton', body: 'Inter' }, palette: { ...DEFAULT_PALETTE, accent: '#ffcc00' }, captions: CAPTION_STYLE_DEFAULTS });
  });

  it('rejects an id that is not a lower-case slug', () => {
    expect(problemsOf(seriesSchema, minimalSeries({ id: 'The Series' }))).toEqual([
      {
        path: ['id'],
        message: 'must be a lower-case slug like "maya" or "the-stolen-design", but got "The Series"',
        fix: 'Use lower-case letters, digits and dashes',
      },
    ]);
  });

  it('rejects a title of only spaces', () => {
    expect(problemsOf(seriesSchema, minimalSeries({ title: '   ' }))).toEqual([{ path: ['title'], message: 'must not be empty, but got "   "' }]);
  });

  it('needs at least one plot point, one character and one platform', () => {
    expect(problemsOf(seriesSchema, minimalSeries({ arc: [], characters: [], platforms: [] }))).toEqual([
      { path: ['arc'], message: 'needs at least one plot point, but got an empty list' },
      { path: ['characters'], message: 'needs at least one character, but got an empty list' },
      { path: ['platforms'], message: 'needs at least one platform, but got an empty list' },
    ]);
  });

  it('rejects a misspelt platform and suggests the closest', () => {
    expect(problemsOf(seriesSchema, minimalSeries({ platforms: ['tiktok', 'reel' as 'reels'] }))).toEqual([
      {
        path: ['platforms', 1],
        message: 'must be one of "tiktok", "reels", "shorts", "facebook-reels", "snapchat-spotlight", but got "reel"',
        fix: 'Did you mean "reels"?',
      },
    ]);
  });

  it('rejects two characters with the same id, naming the second', () => {
    expect(problemsOf(seriesSchema, minimalSeries({ characters: [minimalCharacter(), minimalCharacter()] }))).toEqual([
      { path: ['characters', 1, 'id'], message: 'must be unique in the series, but "maya" is used twice', fix: 'Give each character its own id' },
    ]);
  });

  it('rejects an unknown field and suggests the field that was meant', () => {
    const { title, ...rest } = minimalSeries();
    expect(problemsOf(seriesSchema, { ...rest, titel: title })).toEqual([
      { path: ['title'], message: 'is missing: expected a string', fix: 'Add it' },
      { path: [], message: 'has unknown field "titel"', fix: 'Did you mean "title"?' },
    ]);
  });

  it('rejects unknown fields in the style and in its fonts and palette', () => {
    const style = { palete: {}, fonts: { dispaly: 'Anton' }, palette: { acent: '#ffffff' } } as never;
    expect(problemsOf(seriesSchema, minimalSeries({ style }))).toEqual([
      { path: ['style', 'fonts'], message: 'has unknown field "dispaly"', fix: 'Did you mean "display"?' },
      { path: ['style', 'palette'], message: 'has unknown field "acent"', fix: 'Did you mean "accent"?' },
      { path: ['style'], message: 'has unknown field "palete"', fix: 'Did you mean "palette"?' },
    ]);
  });

  it('rejects a font the project does not ship', () => {
    expect(problemsOf(seriesSchema, minimalSeries({ style: { fonts: { display: 'Arial' as 'Anton' } } }))).toEqual([
      { path: ['style', 'fonts', 'display'], message: 'must be one of "Inter", "Anton", "Playfair Display", but got "Arial"' },
    ]);
  });
});

describe('episodeSchema', () => {
  it('accepts a minimal episode and fills in beat defaults', () => {
    expect(episodeSchema.parse(minimalEpisode())).toEqual({
      ...minimalEpisode(),
      beats: [
        {
          type: 'dialogue',
          id: 'talk',
          role: 'escalation',
          characters: [],
          dialogue: [{ speaker: 'maya', text: 'What?' }],
          transition: 'cut',
          shot: { type: 'two-shot', description: 'Maya at her desk.', camera: 'static' },
        },
      ],
    });
  });

  it('accepts episode number 1 and rejects 0 and fractions', () => {
    expect(episodeSchema.parse(minimalEpisode({ number: 1 })).number).toBe(1);
    expect(problemsOf(episodeSchema, minimalEpisode({ number: 0 }))).toEqual([{ path: ['number'], message: 'must be at least 1, but got 0' }]);
    expect(problemsOf(episodeSchema, minimalEpisode({ number: 1.5 }))).toEqual([{ path: ['number'], message: 'must be a whole number, but got 1.5' }]);
  });

  it('needs at least one beat', () => {
    expect(problemsOf(episodeSchema, minimalEpisode({ beats: [] }))).toEqual([{ path: ['beats'], message: 'needs at least one beat, but got an empty list' }]);
  });

  it('reports a bad beat by its index', () => {
    expect(problemsOf(episodeSchema, minimalEpisode({ beats: [dialogueBeat(), dialogueBeat({ id: 'Bad' })] }))).toEqual([
      {
        path: ['beats', 1, 'id'],
        message: 'must be a lower-case slug like "maya" or "the-stolen-design", but got "Bad"',
        fix: 'Use lower-case letters, digits and dashes',
      },
    ]);
  });
});

describe('episodeJobSchema', () => {
  it('accepts a series and an episode', () => {
    const parsed = episodeJobSchema.parse({ series: minimalSeries(), episode: minimalEpisode() });
    expect(parsed.series).toEqual(seriesSchema.parse(minimalSeries()));
    expect(parsed.episode).toEqual(episodeSchema.parse(minimalEpisode()));
  });

  it('rejects something that is not an object', () => {
    expect(problemsOf(episodeJobSchema, null)).toEqual([{ path: [], message: 'must be an object, but got null' }]);
    expect(problemsOf(episodeJobSchema, [])).toEqual([{ path: [], message: 'must be an object, but got an empty list' }]);
  });

  it('rejects a job without an episode, and with an unknown field', () => {
    expect(problemsOf(episodeJobSchema, { series: minimalSeries(), episodes: [minimalEpisode()] })).toEqual([
      { path: ['episode'], message: 'is missing: expected an object', fix: 'Add it' },
      { path: [], message: 'has unknown field "episodes"', fix: 'Did you mean "episode"?' },
    ]);
  });
});
