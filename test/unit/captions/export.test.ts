import { createTikTokStyleCaptions, parseSrt } from '@remotion/captions';
import { describe, expect, it } from 'vitest';
import { buildCaptionTrack, cueLines, frameToMs, msToFrame, trackToCaptions, trackToJson, trackToSrt, trackToVtt, type CaptionTrack } from '../../../src/captions';
import { corpusBeat, corpusText, episodeWith, importCorpus } from '../../fixtures/caption-jobs';

const track = importCorpus('clean.srt').track;

/** Exports a track, then imports the export the way an episode would. */
const reimport = (exported: string, name: string): CaptionTrack =>
  buildCaptionTrack({ episode: episodeWith([corpusBeat()], { captions: { src: name } }), file: { path: `public/${name}`, text: exported } }).track;

/** A cue without the line of the file it came from (an exported file numbers its lines anew). */
const kept = (t: CaptionTrack) => t.cues.map(({ fileLine: _, ...cue }) => cue);

describe('exporting a caption track', () => {
  it('writes SRT with serializeSrt: numbered cues, comma milliseconds, a final newline', () => {
    expect(trackToSrt(track)).toBe(corpusText('clean.srt'));
  });

  it('writes WebVTT with its header, dot milliseconds and escaped text', () => {
    const escaped: CaptionTrack = { ...track, cues: [{ ...track.cues[0]!, text: 'Q&A <now> --> later' }] };
    expect(trackToVtt(escaped)).toBe('WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nQ&amp;A &lt;now> --&gt; later\n\n');
  });

  it('writes Remotion\'s Caption[] one word each: a leading space inside a cue, pageBreakAfter at its end', () => {
    expect(trackToCaptions(track).slice(0, 4)).toEqual([
      // Weights 6, 5 and 7 (a pause after "you?") over 45 frames: 15, 13 and 17 frames.
      { text: 'Where', startMs: 1000, endMs: 1500, timestampMs: 1250, confidence: null },
      { text: ' were', startMs: 1500, endMs: 1933, timestampMs: 1717, confidence: null },
      { text: ' you?', startMs: 1933, endMs: 2500, timestampMs: 2217, confidence: null, pageBreakAfter: true },
      { text: 'Out.', startMs: 3000, endMs: 4500, timestampMs: 3750, confidence: null, pageBreakAfter: true },
    ]);
    expect(JSON.parse(trackToJson(track))).toEqual(trackToCaptions(track));
  });

  it('gives createTikTokStyleCaptions pages that never span two cues', () => {
    const { pages } = createTikTokStyleCaptions({ captions: trackToCaptions(track), combineTokensWithinMilliseconds: 60_000 });
    expect(pages.map((p) => p.text)).toEqual(['Where were you?', 'Out.', 'Don’t lie to me.']);
  });

  it('wraps sidecar lines at 32 characters: after a sentence, else a clause, else evenly; an author\'s breaks are kept', () => {
    expect(cueLines('He stole Lumen, Jun. Did you know?', 32)).toEqual(['He stole Lumen, Jun.', 'Did you know?']);
    expect(cueLines('Maya, get my files print-ready by tonight.', 32)).toEqual(['Maya, get my files', 'print-ready by tonight.']);
    expect(cueLines('You were never supposed to see that.', 32)).toEqual(['You were never', 'supposed to see that.']);
    expect(cueLines('Short enough.', 32)).toEqual(['Short enough.']);
    expect(cueLines('A line\nkept as written', 32)).toEqual(['A line', 'kept as written']);
    expect(cueLines('This is far too long for two lines of thirty-two characters each.', 32)).toHaveLength(3);
  });
});

describe('import → export → import', () => {
  for (const name of ['clean.srt', 'webvtt.vtt', 'markup.srt', 'blank-line-in-cue.srt', 'short-milliseconds.srt', 'overlapping.srt']) {
    it(`keeps every cue of ${name} through SRT and WebVTT`, () => {
      const first = importCorpus(name).track;
      expect(kept(reimport(trackToSrt(first), 'again.srt'))).toEqual(kept(first));
      expect(kept(reimport(trackToVtt(first), 'again.vtt'))).toEqual(kept(first));
      expect(first.cues.length).toBeGreaterThan(0);
    });
  }

  it('writes SRT that Remotion\'s own parseSrt reads to the same times and text', () => {
    const first = importCorpus('short-milliseconds.srt').track;
    expect(parseSrt({ input: trackToSrt(first) }).captions.map((c) => [c.startMs, c.endMs, c.text])).toEqual(
      first.cues.map((c) => [frameToMs(c.fromInFrames, 30), frameToMs(c.fromInFrames + c.durationInFrames, 30), c.text]),
    );
  });
});

describe('frames and milliseconds', () => {
  it('round-trip every frame of an hour exactly', () => {
    const frames = Array.from({ length: 108_000 }, (_, f) => f);
    expect(frames.filter((f) => msToFrame(frameToMs(f, 30), 30) !== f)).toEqual([]);
  });
});
