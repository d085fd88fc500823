import { describe, expect, it } from 'vitest';
import { dropInMusic, dropInPicture, dropInVoice, episodeMediaFolder } from '../../../src/media/conventions';

const files = (...names: string[]): Set<string> => new Set(names);

describe('episodeMediaFolder', () => {
  it('pads the episode number to two digits', () => {
    expect([episodeMediaFolder('show', 1), episodeMediaFolder('show', 12), episodeMediaFolder('show', 100)]).toEqual(['show/e01', 'show/e12', 'show/e100']);
  });
});

describe('dropInPicture', () => {
  it('finds a beat\'s picture by its id, footage before stills', () => {
    expect(dropInPicture({ files: files('show/e01/hook.png', 'show/e01/hook.mp4'), folder: 'show/e01', beatId: 'hook' })).toEqual({ src: 'show/e01/hook.mp4', passedOver: ['show/e01/hook.png'] });
  });

  it('matches endings in any case and keeps the file name as it is', () => {
    expect(dropInPicture({ files: files('show/e01/hook.JPG'), folder: 'show/e01', beatId: 'hook' })).toEqual({ src: 'show/e01/hook.JPG', passedOver: [] });
  });

  it('finds nothing for another beat, another episode, or an ending it does not play', () => {
    const all = files('show/e01/hook-2.mp4', 'show/e02/hook.mp4', 'show/e01/hook.gif', 'show/e01/hook.line1.wav');
    expect(dropInPicture({ files: all, folder: 'show/e01', beatId: 'hook' })).toBeNull();
  });
});

describe('dropInVoice', () => {
  it('counts lines from 1 in the file name', () => {
    const all = files('show/e01/talk.line1.wav', 'show/e01/talk.line2.mp3');
    expect([0, 1, 2].map((lineIndex) => dropInVoice({ files: all, folder: 'show/e01', beatId: 'talk', lineIndex })?.src ?? null)).toEqual([
      'show/e01/talk.line1.wav',
      'show/e01/talk.line2.mp3',
      null,
    ]);
  });
});

describe('dropInMusic', () => {
  it('prefers the episode\'s bed to the series\'', () => {
    expect(dropInMusic({ files: files('show/music.mp3', 'show/e01/music.ogg'), seriesId: 'show', episodeNumber: 1 })?.src).toBe('show/e01/music.ogg');
    expect(dropInMusic({ files: files('show/music.mp3', 'show/e01/music.ogg'), seriesId: 'show', episodeNumber: 2 })?.src).toBe('show/music.mp3');
  });

  it('finds nothing without a music file', () => {
    expect(dropInMusic({ files: files('show/e01/hook.mp4'), seriesId: 'show', episodeNumber: 1 })).toBeNull();
  });
});
