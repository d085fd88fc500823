import { describe, expect, it } from 'vitest';
import { buildCaptionTrack, type CaptionCue } from '../../../src/captions';
import { clampOverlaps } from '../../../src/captions/track/clamp-overlaps';
import type { BeatInput } from '../../../src/schema';
import { episodeWith } from '../../fixtures/caption-jobs';

const talk = (dialogue: unknown[], extra: Record<string, unknown> = {}): BeatInput => ({ type: 'dialogue', id: 'talk', shot: { description: 'x' }, dialogue, ...extra }) as BeatInput;
const span = (cue: CaptionCue) => [cue.fromInFrames, cue.durationInFrames, cue.text];

describe('the caption track from the script', () => {
  it('puts each line where the timeline placed it, with its speaker and its words filling it', () => {
    // Lead-in 0.35 s (frame 11); "What?" reads in 1 s (30 frames); 0.25 s gap; "Nothing." from frame 48.
    const episode = episodeWith([talk([{ speaker: 'maya', text: 'What?' }, { speaker: 'victor', text: 'Nothing.' }])]);
    const { track, errors, warnings } = buildCaptionTrack({ episode, file: null });
    expect({ errors, warnings, file: track.file, fps: track.fps }).toEqual({ errors: [], warnings: [], file: null, fps: 30 });
    expect(track.cues).toEqual([
      { text: 'What?', fromInFrames: 11, durationInFrames: 30, words: [{ text: 'What?', fromInFrames: 11, durationInFrames: 30, emphasis: false }], speakerId: 'maya', origin: { beatIndex: 0, lineIndex: 0, part: 0, parts: 1 }, fileLine: null },
      { text: 'Nothing.', fromInFrames: 48, durationInFrames: 30, words: [{ text: 'Nothing.', fromInFrames: 48, durationInFrames: 30, emphasis: false }], speakerId: 'victor', origin: { beatIndex: 0, lineIndex: 1, part: 0, parts: 1 }, fileLine: null },
    ]);
  });

  it('counts frames from the start of the episode across beats', () => {
    const episode = episodeWith([talk([{ speaker: 'maya', text: 'What?' }]), talk([{ speaker: 'victor', text: 'Nothing.' }], { id: 'two' })]);
    expect(buildCaptionTrack({ episode, file: null }).track.cues.map((c) => c.fromInFrames)).toEqual([11, episode.beats[1]!.fromInFrames + 11]);
  });

  it('shifts and extends a caption by whole frames', () => {
    const episode = episodeWith([talk([{ speaker: 'maya', text: 'What?', caption: { shiftInSeconds: 0.5, extendInSeconds: -0.2 } }])]);
    expect(buildCaptionTrack({ episode, file: null }).track.cues.map(span)).toEqual([[26, 24, 'What?']]);
  });

  it('splits a line after its splitAfter words into parts that share its frames, 2 frames apart, by length', () => {
    const text = 'Lumen. A brand that glows. I sketched it over the weekend.';
    const episode = episodeWith([talk([{ speaker: 'victor', text, caption: { splitAfter: ['glows.'] } }])]);
    const cues = buildCaptionTrack({ episode, file: null }).track.cues;
    // The line runs from frame 11 for 122 frames: 120 frames for text, 26 : 31 characters → 55 and 65.
    expect(cues.map(span)).toEqual([
      [11, 55, 'Lumen. A brand that glows.'],
      [68, 65, 'I sketched it over the weekend.'],
    ]);
    expect(cues.map((c) => c.origin)).toEqual([
      { beatIndex: 0, lineIndex: 0, part: 0, parts: 2 },
      { beatIndex: 0, lineIndex: 0, part: 1, parts: 2 },
    ]);
  });

  it('marks the emphasised words, also across a split', () => {
    const episode = episodeWith([talk([{ speaker: 'maya', text: 'He asked me to move your files. I said yes.', caption: { emphasis: 'your files.', splitAfter: ['your'] } }])]);
    const cues = buildCaptionTrack({ episode, file: null }).track.cues;
    expect(cues.map((c) => c.words.filter((w) => w.emphasis).map((w) => w.text))).toEqual([['your'], ['files.']]);
  });

  it('cuts a caption extended over the next one to end 2 frames before it, with a warning naming the line', () => {
    const episode = episodeWith([talk([{ speaker: 'maya', text: 'What?', caption: { extendInSeconds: 1 } }, { speaker: 'victor', text: 'Nothing.' }])]);
    const { track, warnings } = buildCaptionTrack({ episode, file: null });
    expect(track.cues.map(span)).toEqual([[11, 35, 'What?'], [48, 30, 'Nothing.']]);
    expect(warnings).toEqual([{ fileLine: null, path: ['beats', 0, 'dialogue', 0], atFrame: 11, message: 'the cue overlaps the next one by 0.77 s; it now ends 2 frames before the next one starts', fix: 'Shift or extend the captions less' }]);
  });

  it('leaves captions that end exactly 2 frames, or more, before the next alone', () => {
    // "What?" ends at 41; "Nothing." starts at 48: extending by 5 frames leaves exactly 2.
    const episode = episodeWith([talk([{ speaker: 'maya', text: 'What?', caption: { extendInSeconds: 5 / 30 } }, { speaker: 'victor', text: 'Nothing.' }])]);
    expect(buildCaptionTrack({ episode, file: null }).warnings).toEqual([]);
  });
});

describe('clampOverlaps', () => {
  const cue = (fromInFrames: number, durationInFrames: number) => ({ fromInFrames, durationInFrames, id: fromInFrames });
  const merge = (a: ReturnType<typeof cue>, b: ReturnType<typeof cue>) => ({ ...a, durationInFrames: b.fromInFrames + b.durationInFrames - a.fromInFrames });

  it('cuts an overlap to a 2-frame gap; touching cues are left alone', () => {
    expect(clampOverlaps({ cues: [cue(0, 11), cue(10, 5)], merge })).toEqual({ cues: [cue(0, 8), cue(10, 5)], repairs: [{ kind: 'cut', index: 0, nextIndex: 1, overlapInFrames: 1 }] });
    expect(clampOverlaps({ cues: [cue(0, 10), cue(10, 5)], merge })).toEqual({ cues: [cue(0, 10), cue(10, 5)], repairs: [] });
  });

  it('merges a cue that would keep less than a frame; one frame is enough to keep it', () => {
    expect(clampOverlaps({ cues: [cue(0, 10), cue(2, 5)], merge })).toEqual({ cues: [cue(0, 7)], repairs: [{ kind: 'merged', index: 0, nextIndex: 1, overlapInFrames: 8 }] });
    expect(clampOverlaps({ cues: [cue(0, 10), cue(3, 5)], merge }).cues).toEqual([cue(0, 1), cue(3, 5)]);
  });
});
