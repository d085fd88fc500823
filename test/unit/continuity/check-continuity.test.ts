import { describe, expect, it } from 'vitest';
import { checkContinuity } from '../../../src/continuity';
import type { BeatInput, ContinuityNote } from '../../../src/schema';
import { checkJob } from '../../../src/validate';
import { productionJob } from '../../fixtures/production';

const beat = (id: string, continuity?: ContinuityNote[], characters = ['maya']): BeatInput => ({
  type: 'dialogue',
  id,
  shot: { description: 'Maya at her desk.' },
  characters,
  dialogue: [{ speaker: 'maya', text: 'What?' }],
  ...(continuity ? { continuity } : {}),
});

const check = (...beats: BeatInput[]) => checkContinuity(productionJob({ beats }));

describe('checkContinuity', () => {
  it('accepts an episode without notes, and notes that restate the look', () => {
    expect(check(beat('a'), beat('b'))).toEqual([]);
    expect(check(beat('a', [{ character: 'maya', wardrobe: 'white button-down shirt, beige blazer', props: ['phone'] }]), beat('b', [{ character: 'maya', props: ['phone'] }]))).toEqual([]);
  });

  it('accepts a first props list without a change note, and the same props in another order', () => {
    expect(check(beat('a', [{ character: 'maya', props: ['phone', 'badge'] }]), beat('b', [{ character: 'maya', props: ['badge', 'phone'] }]))).toEqual([]);
  });

  it('accepts a different wardrobe or props when the note says why', () => {
    expect(check(beat('a', [{ character: 'maya', props: ['phone'] }]), beat('b', [{ character: 'maya', wardrobe: 'grey sweater', props: [], change: 'next morning' }]))).toEqual([]);
  });

  it('flags a wardrobe that differs from the sheet without a change note', () => {
    expect(check(beat('a'), beat('b', [{ character: 'maya', wardrobe: 'red coat' }]))).toEqual([
      {
        path: ['episode', 'beats', 1, 'continuity', 0, 'wardrobe'],
        message: 'must stay "white button-down shirt, beige blazer" (maya\'s wardrobe in the series bible), but got "red coat"',
        fix: 'Add change: "<why>" to the note if maya\'s wardrobe really changes here, or keep the same wardrobe',
      },
    ]);
  });

  it('flags a wardrobe that differs from an earlier note, naming that beat', () => {
    expect(check(beat('a', [{ character: 'maya', wardrobe: 'grey sweater', change: 'next day' }]), beat('b'), beat('c', [{ character: 'maya', wardrobe: 'red coat' }]))[0]?.message).toBe(
      'must stay "grey sweater" (maya\'s wardrobe since beat "a"), but got "red coat"',
    );
  });

  it('flags props that change without a note', () => {
    expect(check(beat('a', [{ character: 'maya', props: ['phone'] }]), beat('b', [{ character: 'maya', props: ['phone', 'sketches'] }]))).toEqual([
      {
        path: ['episode', 'beats', 1, 'continuity', 0, 'props'],
        message: 'must stay "phone" (maya\'s props since beat "a"), but got "phone", "sketches"',
        fix: 'Add change: "<why>" to the note if maya\'s props really change here, or keep the same props',
      },
    ]);
  });

  it('flags a change note that changes nothing', () => {
    expect(check(beat('a', [{ character: 'maya', wardrobe: 'white button-down shirt, beige blazer', change: 'next day' }]))).toEqual([
      { path: ['episode', 'beats', 0, 'continuity', 0, 'change'], message: "says maya's look changes, but the wardrobe and props are the same as before", fix: 'Remove change, or give the new wardrobe or props' },
    ]);
  });

  it('flags a note about a character who is not in the beat', () => {
    expect(check(beat('a', [{ character: 'victor', wardrobe: 'charcoal suit' }]))).toEqual([
      {
        path: ['episode', 'beats', 0, 'continuity', 0, 'character'],
        message: 'must be a character in the beat (maya), but got "victor"',
        fix: 'Add "victor" to the beat\'s characters, or move the note to a beat victor is in',
      },
    ]);
  });
});

describe('validation of continuity notes', () => {
  it('rejects a note about a character the series does not have', () => {
    const job = productionJob({ beats: [beat('a')] });
    const input = { series: job.series, episode: { ...job.episode, beats: [{ ...job.episode.beats[0], continuity: [{ character: 'mya', wardrobe: 'red coat' }] }] } };
    expect(checkJob(input).problems).toEqual([
      { path: ['episode', 'beats', 0, 'continuity', 0, 'character'], message: 'must be a character of the series (maya, victor), but got "mya"', fix: 'Did you mean "maya"?' },
    ]);
  });
});
