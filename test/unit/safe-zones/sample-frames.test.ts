import { describe, expect, it } from 'vitest';
import { sampleFrames } from '../../../src/safe-zones/check/sample-frames';
import { resolveEpisode } from '../../../src/timeline';
import { dialogueBeat, parsedJob } from '../../fixtures/minimal';

// Beats: "open" 0–68 (no transition), "talk" 69–168 (fade of 9 frames; lines at beat frames 11+30 and 48+34),
// "chat" 169–305 (bubbles at beat frames 32 and 69).
const episode = resolveEpisode(
  parsedJob({
    beats: [
      { type: 'hook', id: 'open', shot: { description: 'Maya in the doorway.' }, overlay: 'That is MY design.' },
      dialogueBeat({ transition: 'fade', dialogue: [{ speaker: 'maya', text: 'What?' }, { speaker: 'victor', text: 'You heard me.' }] }),
      { type: 'insert', id: 'chat', shot: { description: 'Her phone.' }, insert: { kind: 'chat', contact: 'Jun', messages: [{ from: 'them', text: 'look' }, { from: 'me', text: 'no' }] } },
    ],
  }),
);

describe('sampleFrames', () => {
  it('takes every beat after its transition, after its entrances and at its end; every line in its middle; every insert item once settled', () => {
    expect(sampleFrames({ episode })).toEqual([0, 12, 68, 78, 90, 95, 134, 168, 169, 181, 221, 258, 305]);
  });

  it('adds the middle of each extra span (a caption page), each frame once, none past the last frame', () => {
    const spans = [{ fromInFrames: 100, durationInFrames: 10 }, { fromInFrames: 90, durationInFrames: 1 }, { fromInFrames: 300, durationInFrames: 12 }];
    expect(sampleFrames({ episode, spans })).toEqual([0, 12, 68, 78, 90, 95, 105, 134, 168, 169, 181, 221, 258, 305]);
  });

  it('keeps a one-frame beat to its only frame', () => {
    const short = resolveEpisode(parsedJob({ beats: [dialogueBeat({ durationInSeconds: 1 / 30, dialogue: [] })] }));
    expect(sampleFrames({ episode: short })).toEqual([0]);
  });
});
