import { describe, expect, it } from 'vitest';
import { captionStyleOf, CAPTION_FONT_WEIGHTS } from '../../../src/captions';
import { problemsFromZod } from '../../../src/errors';
import { CAPTION_STYLE_DEFAULTS, episodeJobSchema, FONT_FAMILIES, seriesStyleSchema } from '../../../src/schema';
import { SHIPPED_FONT_FACES } from '../../../src/style/fonts';
import { jobInput, parsedJob } from '../../fixtures/minimal';

const problemsOf = (input: unknown) => {
  const parsed = episodeJobSchema.safeParse(input);
  return parsed.success ? [] : problemsFromZod(parsed.error, input, episodeJobSchema);
};

describe('caption schema', () => {
  it('gives every series the default caption style', () => {
    expect(seriesStyleSchema.parse({}).captions).toEqual({ ...CAPTION_STYLE_DEFAULTS });
    expect(CAPTION_STYLE_DEFAULTS).toEqual({ font: 'Inter', maxFontPx: 84, textColor: '#ffffff', outlineColor: '#000000', outlinePx: 10, position: 'bottom', animation: 'pop', backing: 'inserts', uppercase: false, pageMs: 2000 });
  });

  it('keeps sizes between 70 and 90 px', () => {
    expect(problemsOf(jobInput({}, { style: { captions: { maxFontPx: 69 } } }))).toEqual([{ path: ['series', 'style', 'captions', 'maxFontPx'], message: 'must be at least 70, but got 69' }]);
    expect(problemsOf(jobInput({}, { style: { captions: { maxFontPx: 90 } } }))).toEqual([]);
    expect(problemsOf(jobInput({}, { style: { captions: { maxFontPx: 91 } } }))).toEqual([{ path: ['series', 'style', 'captions', 'maxFontPx'], message: 'must be at most 90, but got 91' }]);
  });

  it('takes SRT and WebVTT files for an episode, nothing else', () => {
    expect(problemsOf(jobInput({ captions: { src: 'show/e01.VTT' } }))).toEqual([]);
    expect(problemsOf(jobInput({ captions: { src: 'show/e01.txt' } }))).toEqual([{ path: ['episode', 'captions', 'src'], message: 'must be a subtitle file (srt, vtt), but got "show/e01.txt"' }]);
  });

  it('takes per-line overrides and rejects unknown ones', () => {
    const line = (caption: unknown) => jobInput({ beats: [{ type: 'dialogue', id: 'talk', shot: { description: 'x' }, dialogue: [{ speaker: 'maya', text: 'What?', caption }] }] } as never);
    expect(problemsOf(line({ shiftInSeconds: -10, extendInSeconds: 10, emphasis: 'What?' }))).toEqual([]);
    expect(problemsOf(line({ emphasize: 'What?' }))).toEqual([{ path: ['episode', 'beats', 0, 'dialogue', 0, 'caption'], message: 'has unknown field "emphasize"', fix: 'Did you mean "emphasis"?' }]);
    expect(problemsOf(line({ splitAfter: [] }))).toEqual([{ path: ['episode', 'beats', 0, 'dialogue', 0, 'caption', 'splitAfter'], message: 'needs at least one word or phrase, but got an empty list' }]);
  });
});

describe('captionStyleOf', () => {
  it('lets an episode change only the fields it sets, and decides the emphasis colour', () => {
    const job = parsedJob({ captions: { style: { position: 'top', uppercase: true } } }, { style: { captions: { font: 'Anton', textColor: '#fafafa' }, palette: { accent: '#123456' } } });
    expect(captionStyleOf({ style: job.series.style, episode: job.episode })).toEqual({
      ...CAPTION_STYLE_DEFAULTS,
      font: 'Anton',
      textColor: '#fafafa',
      position: 'top',
      uppercase: true,
      emphasisColor: '#123456',
      fontWeight: 400,
    });
  });

  it('sets each family in the heaviest weight the project ships', () => {
    const heaviest = Object.fromEntries(FONT_FAMILIES.map((family) => [family, Math.max(...SHIPPED_FONT_FACES.filter((f) => f.family === family && !f.style).map((f) => Number(f.weight)))]));
    expect(CAPTION_FONT_WEIGHTS).toEqual(heaviest);
  });
});
