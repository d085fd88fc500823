import type { Episode } from '../../schema';

/**
 * An episode without what its characters say: every line keeps its speaker and its recording, but not its text,
 * caption changes or parenthetical. The words reach the picture only through the caption track (whose cues each
 * segment's key names), and the sound only through the voice files (whose bytes the sound key names), so a changed
 * line does not invalidate segments that never show it. test/render/segment-cache.test.ts renders this claim.
 */
export const withoutWords = (episode: Episode): Episode => ({
  ...episode,
  beats: episode.beats.map((beat) => ({
    ...beat,
    dialogue: beat.dialogue.map(({ text: _text, caption: _caption, parenthetical: _parenthetical, ...line }) => ({ ...line, text: '' })),
  })) as Episode['beats'],
});
