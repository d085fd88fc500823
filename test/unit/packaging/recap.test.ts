import { describe, expect, it } from 'vitest';
import { landingFrame, recapOf, recapStartInBeat, revealOf } from '../../../src/packaging/recap';
import { resolveEpisode } from '../../../src/timeline';
import { beats, goodEpisode, jobOf, recapSeries, resolvedOf, threeLineReveal } from '../../fixtures/packaging';

const e1 = goodEpisode();
const e2 = goodEpisode({ number: 2 });

describe('the recap on the timeline', () => {
  it('plays the previous reveal for the recap length and starts every beat after it', () => {
    const resolved = resolvedOf({ series: recapSeries(2), episode: e2, previous: e1 });
    expect(resolved.recap).toMatchObject({ label: 'Previously', durationInFrames: 60, fromInBeatFrames: 0 });
    expect(resolved.recap?.beat.beat.id).toBe('proof');
    expect(resolved.recap?.previous.episode.number).toBe(1);
    expect(resolved.beats.map((b) => b.fromInFrames)).toEqual([60, 150, 750, 1200, 1680]);
    expect(resolved.durationInFrames).toBe(1860);
  });

  it('has none without a previous episode, with the recap off, or in episode 1', () => {
    expect(resolvedOf({ series: recapSeries(2), episode: e2 }).recap).toBeNull();
    expect(resolvedOf({ episode: e2, previous: e1 }).recap).toBeNull();
    expect(resolvedOf({ series: recapSeries(2), episode: { ...e2, packaging: { recap: false } }, previous: e1 }).recap).toBeNull();
    expect(resolvedOf({ series: recapSeries(2), episode: e1, previous: e1 }).recap).toBeNull();
  });

  it('has none when the previous episode has no reveal', () => {
    const noReveal = goodEpisode({ beats: [beats.hook(), beats.talk(), beats.cliff()] });
    const job = jobOf({ series: recapSeries(2), episode: e2, previous: noReveal });
    expect(recapOf({ job, resolvePrevious: (episode) => resolveEpisode({ ...job, episode, previous: undefined }) })).toBeNull();
  });

  it('is never longer than the reveal it replays', () => {
    const shortReveal = goodEpisode({ beats: [beats.hook(), beats.reveal({ durationInSeconds: 1.5 }), beats.cliff()] });
    expect(resolvedOf({ series: recapSeries(3), episode: e2, previous: shortReveal }).recap?.durationInFrames).toBe(45);
  });

  it('is 1 s at the least and 3 s at the most', () => {
    expect(resolvedOf({ series: recapSeries(1), episode: e2, previous: e1 }).recap?.durationInFrames).toBe(30);
    expect(resolvedOf({ series: recapSeries(3), episode: e2, previous: e1 }).recap?.durationInFrames).toBe(90);
    expect(() => jobOf({ series: recapSeries(0.9), episode: e2 })).toThrow();
    expect(() => jobOf({ series: recapSeries(3.1), episode: e2 })).toThrow();
  });
});

describe('where the recap starts in the reveal', () => {
  const revealBeat = (seconds: number) => {
    const previous = resolvedOf({ episode: goodEpisode({ beats: [beats.hook(), threeLineReveal(seconds), beats.cliff()] }) });
    const beat = revealOf(previous);
    if (!beat) throw new Error('fixture has a reveal');
    return beat;
  };

  it('lands on the last line of a dialogue reveal', () => {
    expect(landingFrame(revealBeat(10))).toBe(86);
  });

  it('starts 0.4 s before the landing when the beat has room after it', () => {
    expect(recapStartInBeat({ beat: revealBeat(10), durationInFrames: 60, fps: 30 })).toBe(74);
  });

  it('starts early enough to end with the beat when the landing is late in it', () => {
    expect(recapStartInBeat({ beat: revealBeat(4), durationInFrames: 60, fps: 30 })).toBe(60);
  });

  it('starts at the beat start when the landing is in its first 0.4 s', () => {
    const previous = resolvedOf({ episode: e1 });
    const beat = revealOf(previous);
    expect(beat && landingFrame(beat)).toBe(11);
    expect(beat && recapStartInBeat({ beat, durationInFrames: 60, fps: 30 })).toBe(0);
  });

  it('takes the last of several reveals', () => {
    const previous = resolvedOf({ episode: goodEpisode({ beats: [beats.hook(), beats.reveal(), threeLineReveal(4), beats.cliff()] }) });
    expect(revealOf(previous)?.beat.id).toBe('truth');
  });
});
