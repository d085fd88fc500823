import { describe, expect, it } from 'vitest';
import { pathNames } from '../../src/lint/rules/continuity-media-cast';
import type { CharacterInput } from '../../src/schema';
import { characterSchema } from '../../src/schema';
import { beats, findingsOf, goodEpisode, goodSeries } from '../fixtures/lint-fixtures';

const E01 = 'test-series-e01';
const withBeats = (...list: ReturnType<typeof beats.hook>[]) => ({ episodes: [goodEpisode({ beats: list })] });

describe('continuity-wardrobe', () => {
  it('passes an episode without notes, and a new wardrobe that says why', () => {
    expect(findingsOf('continuity-wardrobe')).toEqual([]);
    const changed = withBeats(beats.hook(), beats.talk({ continuity: [{ character: 'maya', wardrobe: 'red coat', change: 'she went home first' }] }), beats.cliff());
    expect(findingsOf('continuity-wardrobe', changed)).toEqual([]);
  });

  it('flags a wardrobe that differs from the bible without a change note, as an error inside the episode', () => {
    const input = withBeats(beats.hook(), beats.talk({ continuity: [{ character: 'maya', wardrobe: 'red coat' }] }), beats.cliff());
    expect(findingsOf('continuity-wardrobe', input)).toEqual([
      {
        ruleId: 'continuity-wardrobe',
        severity: 'error',
        file: E01,
        path: ['beats', 1, 'continuity', 0, 'wardrobe'],
        episodeId: E01,
        timeInSeconds: 3,
        message: 'The wardrobe noted in beats[1] ("talk") must stay "white shirt" (maya\'s wardrobe in the series bible), but got "red coat"',
        fix: 'Add change: "<why>" to the note if maya\'s wardrobe really changes here, or keep the same wardrobe',
      },
    ]);
  });

  it('leaves props and misplaced notes to their own rules', () => {
    const input = withBeats(beats.hook({ continuity: [{ character: 'maya', props: ['phone'] }] }), beats.talk({ continuity: [{ character: 'maya', props: ['badge'] }] }), beats.cliff());
    expect(findingsOf('continuity-wardrobe', input)).toEqual([]);
    expect(findingsOf('continuity-props', input)).toHaveLength(1);
  });

  it('is silenced by turning the rule off in the bible', () => {
    const input = { series: goodSeries({ lint: { rules: { 'continuity-wardrobe': 'off' } } }), ...withBeats(beats.hook(), beats.talk({ continuity: [{ character: 'maya', wardrobe: 'red coat' }] }), beats.cliff()) };
    expect(findingsOf('continuity-wardrobe', input)).toEqual([]);
  });
});

describe('continuity-props', () => {
  it('passes the same props in another order, and changed props with a change note', () => {
    const reordered = withBeats(beats.hook({ continuity: [{ character: 'maya', props: ['phone', 'badge'] }] }), beats.talk({ continuity: [{ character: 'maya', props: ['badge', 'phone'] }] }), beats.cliff());
    expect(findingsOf('continuity-props', reordered)).toEqual([]);
    const changed = withBeats(beats.hook({ continuity: [{ character: 'maya', props: ['phone'] }] }), beats.talk({ continuity: [{ character: 'maya', props: [], change: 'she drops the phone' }] }), beats.cliff());
    expect(findingsOf('continuity-props', changed)).toEqual([]);
  });

  it('flags props that change without a note, naming the beat they were set in', () => {
    const input = withBeats(beats.hook({ continuity: [{ character: 'maya', props: ['phone'] }] }), beats.talk({ continuity: [{ character: 'maya', props: ['phone', 'sketches'] }] }), beats.cliff());
    expect(findingsOf('continuity-props', input)).toEqual([
      {
        ruleId: 'continuity-props',
        severity: 'error',
        file: E01,
        path: ['beats', 1, 'continuity', 0, 'props'],
        episodeId: E01,
        timeInSeconds: 3,
        message: 'The props noted in beats[1] ("talk") must stay "phone" (maya\'s props since beat "hook"), but got "phone", "sketches"',
        fix: 'Add change: "<why>" to the note if maya\'s props really change here, or keep the same props',
      },
    ]);
  });
});

describe('continuity-notes', () => {
  it('passes notes about characters in frame that change something', () => {
    const input = withBeats(beats.hook(), beats.talk({ continuity: [{ character: 'victor', wardrobe: 'tuxedo', change: 'launch party' }] }), beats.cliff());
    expect(findingsOf('continuity-notes', input)).toEqual([]);
  });

  it('warns about a note on someone not in the beat, and a change note that changes nothing', () => {
    const input = withBeats(
      beats.hook({ continuity: [{ character: 'victor', wardrobe: 'white shirt' }] }),
      beats.talk({ continuity: [{ character: 'maya', wardrobe: 'white shirt', change: 'next day' }] }),
      beats.cliff(),
    );
    expect(findingsOf('continuity-notes', input)).toEqual([
      {
        ruleId: 'continuity-notes',
        severity: 'warning',
        file: E01,
        path: ['beats', 0, 'continuity', 0, 'character'],
        episodeId: E01,
        timeInSeconds: 0,
        message: 'The character of a continuity note in beats[0] ("hook") must be a character in the beat (maya), but got "victor"',
        fix: 'Add "victor" to the beat\'s characters, or move the note to a beat victor is in',
      },
      {
        ruleId: 'continuity-notes',
        severity: 'warning',
        file: E01,
        path: ['beats', 1, 'continuity', 0, 'change'],
        episodeId: E01,
        timeInSeconds: 3,
        message: 'The change noted in beats[1] ("talk") says maya\'s look changes, but the wardrobe and props are the same as before',
        fix: 'Remove change, or give the new wardrobe or props',
      },
    ]);
  });
});

describe('continuity-media-cast', () => {
  it('passes beats without media, and media that names only the beat\'s cast', () => {
    expect(findingsOf('continuity-media-cast')).toEqual([]);
    const input = withBeats(beats.hook({ media: { src: 'test-series/e01/maya-hook.mp4' } }), beats.talk({ media: { src: 'e01/victor_and_maya.mp4' } }), beats.cliff());
    expect(findingsOf('continuity-media-cast', input)).toEqual([]);
  });

  it('warns when the file names someone who is not in the beat', () => {
    const input = withBeats(beats.hook({ media: { src: 'test-series/e01/victor-closeup.mp4' } }), beats.talk(), beats.cliff());
    expect(findingsOf('continuity-media-cast', input)).toEqual([
      {
        ruleId: 'continuity-media-cast',
        severity: 'warning',
        file: E01,
        path: ['beats', 0, 'media', 'src'],
        episodeId: E01,
        timeInSeconds: 0,
        message: 'The media file "test-series/e01/victor-closeup.mp4" of beats[0] ("hook") names Victor Hale (in its name), who is not in the beat (Maya Chen)',
        fix: 'Add "victor" to the beat\'s characters if they are in the shot, or point media.src at the take made for this beat',
      },
    ]);
  });

  it('names every stranger at once', () => {
    const series = goodSeries({ characters: [...(goodSeries().characters ?? []), { ...(goodSeries().characters?.[0] as CharacterInput), id: 'jun', name: 'Jun Park', color: '#a78bfa' }] });
    const input = { series, ...withBeats(beats.hook({ media: { src: 'victor-jun.png' } }), beats.talk(), beats.cliff()) };
    expect(findingsOf('continuity-media-cast', input).map((f) => f.message)).toEqual([
      'The media file "victor-jun.png" of beats[0] ("hook") names Victor Hale (in its name) and Jun Park (in its name), who are not in the beat (Maya Chen)',
    ]);
  });

  it('reads the file\'s metadata tags too: a clip whose prompt or title names someone else is flagged', () => {
    const input = withBeats(beats.hook({ media: { src: 'test-series/e01/take-3.mp4' } }), beats.talk(), beats.cliff());
    const tagged = (tags: string) => findingsOf('continuity-media-cast', { ...input, mediaTags: new Map([['test-series/e01/take-3.mp4', tags]]) }).map((f) => f.message);
    expect(tagged('title: Take 3\ncomment: vertical 9:16, Victor Hale at the window, night, rain')).toEqual([
      'The media file "test-series/e01/take-3.mp4" of beats[0] ("hook") names Victor Hale (in its comment tag ("vertical 9:16, Victor Hale at the window, night, rain")), who is not in the beat (Maya Chen)',
    ]);
    expect(tagged('title: Maya at the window\nartist: Studio Victoria')).toEqual([]);
    expect(findingsOf('continuity-media-cast', input)).toEqual([]);
  });
});

describe('pathNames', () => {
  const character = (id: string, name: string) => characterSchema.parse({ ...(goodSeries().characters?.[0] as CharacterInput), id, name });

  it('matches the id or the first name as whole words, ignoring case and the extension', () => {
    expect(pathNames({ src: 'e01/Victor-close.mp4', character: character('victor', 'Victor Hale'), seriesId: 's' })).toBe(true);
    expect(pathNames({ src: 'e01/hale-cam/hook.mp4', character: character('mr-hale', 'Victor Hale'), seriesId: 's' })).toBe(false);
    expect(pathNames({ src: 'e01/mr-hale-cam.mp4', character: character('mr-hale', 'Victor Hale'), seriesId: 's' })).toBe(true);
    expect(pathNames({ src: 'e01/june-rain.mp4', character: character('jun', 'Jun Park'), seriesId: 's' })).toBe(false);
  });

  it('ignores the series folder and the extension', () => {
    expect(pathNames({ src: 'maya/e01/hook.mp4', character: character('maya', 'Maya Chen'), seriesId: 'maya' })).toBe(false);
    expect(pathNames({ src: 'e01/hook.maya', character: character('maya', 'Maya Chen'), seriesId: 's' })).toBe(false);
  });

  it('counts first names from three letters on', () => {
    expect(pathNames({ src: 'al-walks.mp4', character: character('albert', 'Al Stone'), seriesId: 's' })).toBe(false);
    expect(pathNames({ src: 'bob-walks.mp4', character: character('robert', 'Bob Stone'), seriesId: 's' })).toBe(true);
  });
});
