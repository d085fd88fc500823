import { describe, expect, it } from 'vitest';
import { buildCaptionTrack } from '../../../src/captions';
import type { EpisodeAssets } from '../../../src/media/assets';
import { episodeFromProps, type EpisodeProps } from '../../../src/remotion/episode-props';
import { planCachedRender, type SegmentPlan } from '../../../src/render/segments';
import type { BeatInput, SeriesInput } from '../../../src/schema';
import { jobInput, minimalCharacter, victor } from '../../fixtures/minimal';

const BEATS: BeatInput[] = [
  { type: 'dialogue', id: 'open', shot: { description: 'A wet street.' }, media: { src: 'test-series/open.mp4' }, dialogue: [{ speaker: 'maya', text: 'Hello there.' }] },
  { type: 'dialogue', id: 'talk', shot: { description: 'Maya at her desk.' }, dialogue: [{ speaker: 'maya', text: 'What did you do with my files?' }, { speaker: 'victor', text: 'You heard me.' }, { speaker: 'maya', text: 'Say it again.' }] },
  { type: 'cliffhanger', id: 'end', shot: { description: 'Victor smiles.' }, cliffhangerType: 'threat', dialogue: [{ speaker: 'victor', text: 'Stay quiet.' }] },
];
const ASSETS: EpisodeAssets = {
  pictures: { open: { src: 'test-series/open.mp4', kind: 'video', width: 1920, height: 1080, durationInSeconds: 2, hasAudio: true, droppedIn: false } },
  voices: { talk: [{ src: 'test-series/e01/talk.line1.wav', durationInSeconds: 2, scratch: false }, { src: 'cliffhanger-cache/voices/aaa.wav', durationInSeconds: null, scratch: true }, null] },
  music: null,
  sounds: {},
  problems: [],
};
const FILES: Record<string, string> = { 'test-series/open.mp4': 'clip-1', 'test-series/e01/talk.line1.wav': 'take-1', 'cliffhanger-cache/voices/aaa.wav': 'scratch-1' };

type Change = { beats?: BeatInput[]; series?: Partial<SeriesInput>; assets?: EpisodeAssets; files?: Record<string, string>; code?: string; master?: unknown };

const plan = ({ beats = BEATS, series = {}, assets = ASSETS, files = FILES, code = 'code-1', master = { integratedLufs: -14 } }: Change = {}): SegmentPlan =>
  planCachedRender({ props: { ...jobInput({ beats }, series), assets } as EpisodeProps, compositionId: 'cliffhanger-job', codeVersion: code, captionFile: null, fileHash: (src) => files[src] ?? null, master });

const withLine = (beat: number, line: number, text: string): BeatInput[] =>
  BEATS.map((b, i) => (i !== beat ? b : { ...b, dialogue: (b.dialogue ?? []).map((l, j) => (j === line ? { ...l, text } : l)) }) as BeatInput);

const changed = (before: SegmentPlan, after: SegmentPlan): number[] => after.keys.flatMap((key, i) => (key === before.keys[i] ? [] : [i]));
const all = (p: SegmentPlan) => p.segments.map((_, i) => i);
/** The segments on screen while the caption of a line is: what a change of its words must re-render, and nothing more. */
const showing = (p: SegmentPlan, beatIndex: number, lineIndex: number): number[] => {
  const { resolved } = episodeFromProps({ ...jobInput({ beats: BEATS }), assets: ASSETS } as EpisodeProps);
  const cue = buildCaptionTrack({ episode: resolved!, file: null }).track.cues.find((c) => c.origin?.beatIndex === beatIndex && c.origin.lineIndex === lineIndex)!;
  return p.segments.flatMap((s, i) => (s.fromInFrames < cue.fromInFrames + cue.durationInFrames && cue.fromInFrames < s.fromInFrames + s.durationInFrames ? [i] : []));
};
const ofBeat = (p: SegmentPlan, beatIndex: number) => p.segments.flatMap((s, i) => (s.beatIndex === beatIndex ? [i] : []));

describe('segment and sound keys', () => {
  const base = plan();

  it('are the same for the same input, whatever order its fields were written in', () => {
    const reordered = BEATS.map((b) => Object.fromEntries(Object.entries(b).reverse()) as BeatInput);
    expect(plan({ beats: reordered })).toEqual(base);
    expect(new Set(base.keys).size).toBe(base.keys.length);
  });

  it('change only where the caption of an edited recorded line is on screen, and keep the sound', () => {
    const after = plan({ beats: withLine(1, 0, 'What did you do with my sketches?') });
    expect(after.segments).toEqual(base.segments);
    expect(changed(base, after)).toEqual(showing(base, 1, 0));
    expect(showing(base, 1, 0).length).toBeLessThan(ofBeat(base, 1).length);
    expect(after.soundKey).toBe(base.soundKey);
  });

  it('change the sound when an edited line speaks through a new scratch voice', () => {
    const voices = { ...ASSETS.voices, talk: [ASSETS.voices.talk![0]!, { src: 'cliffhanger-cache/voices/bbb.wav', durationInSeconds: null, scratch: true }, null] };
    const after = plan({ beats: withLine(1, 1, 'You heard me!'), assets: { ...ASSETS, voices }, files: { ...FILES, 'cliffhanger-cache/voices/bbb.wav': 'scratch-2' } });
    expect(changed(base, after)).toEqual(showing(base, 1, 1));
    expect(after.soundKey).not.toBe(base.soundKey);
  });

  it('change every segment when an edit moves frames (a line that now takes longer to read)', () => {
    const after = plan({ beats: withLine(1, 2, 'Say it again, slowly, so that everyone in this room can hear it.') });
    expect(after.durationInFrames).toBeGreaterThan(base.durationInFrames);
    expect(changed(base, after).length).toBe(after.segments.length);
  });

  it("change only the beat's segments when the bytes of its clip change, and the sound (the clip has audio)", () => {
    const after = plan({ files: { ...FILES, 'test-series/open.mp4': 'clip-2' } });
    expect(changed(base, after)).toEqual(ofBeat(base, 0));
    expect(after.soundKey).not.toBe(base.soundKey);
  });

  it('change no segment but the sound when the bytes of a recording change', () => {
    const after = plan({ files: { ...FILES, 'test-series/e01/talk.line1.wav': 'take-2' } });
    expect(changed(base, after)).toEqual([]);
    expect(after.soundKey).not.toBe(base.soundKey);
  });

  it("change every segment when a character's colour, the series style or the component code changes", () => {
    expect(changed(base, plan({ series: { characters: [minimalCharacter({ color: '#ff0000' }), victor()] } }))).toEqual(all(base));
    expect(changed(base, plan({ series: { style: { palette: { accent: '#00ff00' } } } }))).toEqual(all(base));
    const code = plan({ code: 'code-2' });
    expect(changed(base, code)).toEqual(all(base));
    expect(code.soundKey).not.toBe(base.soundKey);
  });

  it('change only the sound when the loudness target changes', () => {
    const after = plan({ master: { integratedLufs: -16 } });
    expect(changed(base, after)).toEqual([]);
    expect(after.soundKey).not.toBe(base.soundKey);
  });

  it('refuse props that are not a valid episode', () => {
    expect(() => plan({ beats: [] })).toThrow('The props of cliffhanger-job are not a valid episode: validate the job before rendering it');
  });
});
