import { describe, expect, it } from 'vitest';
import { checkCaptionOverrides } from '../../../src/captions';
import { checkJob } from '../../../src/validate';
import { jobInput, parsedJob } from '../../fixtures/minimal';

const jobWithLine = (caption: Record<string, unknown>, text = 'He asked me to move your files.') =>
  parsedJob({ beats: [{ type: 'dialogue', id: 'talk', shot: { description: 'x' }, dialogue: [{ speaker: 'maya', text, caption }] }] });
const at = (...rest: PropertyKey[]) => ['episode', 'beats', 0, 'dialogue', 0, 'caption', ...rest];

describe('checkCaptionOverrides', () => {
  it('accepts overrides that work', () => {
    expect(checkCaptionOverrides(jobWithLine({ emphasis: 'YOUR files', splitAfter: ['me'], shiftInSeconds: 0.2, extendInSeconds: -0.5 }))).toEqual([]);
  });

  it('rejects an emphasis the line does not have, suggesting the closest word', () => {
    expect(checkCaptionOverrides(jobWithLine({ emphasis: 'flies' }))).toEqual([
      { path: at('emphasis'), message: 'must be a word or phrase of the line ("He asked me to move your files."), but got "flies"', fix: 'Did you mean "files"?' },
    ]);
  });

  it('rejects a split word that is missing, out of order, or the last word', () => {
    expect(checkCaptionOverrides(jobWithLine({ splitAfter: ['move', 'asked'] }))).toEqual([
      { path: at('splitAfter', 1), message: 'must be a word or phrase of the line ("He asked me to move your files.") after the previous split, but got "asked"', fix: 'Did you mean "asked"?' },
    ]);
    expect(checkCaptionOverrides(jobWithLine({ splitAfter: ['files'] }))).toEqual([
      { path: at('splitAfter', 0), message: 'splits after "files", the end of the line, which leaves the next caption empty', fix: 'Split after an earlier word, or remove the entry' },
    ]);
  });

  it('takes a shift to the very start of the episode, and rejects one a frame further', () => {
    // The line starts at frame 11 (0.35 s): -11 frames is fine, -12 is not.
    expect(checkCaptionOverrides(jobWithLine({ shiftInSeconds: -11 / 30 }))).toEqual([]);
    expect(checkCaptionOverrides(jobWithLine({ shiftInSeconds: -12 / 30 }))).toEqual([
      { path: at('shiftInSeconds'), message: 'moves the caption to start at -0.03 s, before the episode starts', fix: 'Use a shift of at least -0.37 s' },
    ]);
  });

  it('rejects a caption kept past the end of the episode, and one left without frames', () => {
    expect(checkCaptionOverrides(jobWithLine({ extendInSeconds: 5 }, 'What?'))).toEqual([
      { path: at('extendInSeconds'), message: 'keeps the caption up until 6.37 s, after the episode ends at 1.97 s', fix: 'Shift or extend it less, or give the last beat more time' },
    ]);
    expect(checkCaptionOverrides(jobWithLine({ extendInSeconds: -1 }, 'What?'))).toEqual([
      { path: at('extendInSeconds'), message: 'leaves the caption 0 frames, too few to show it', fix: 'Shorten it less' },
    ]);
  });

  it('runs when a job is checked, before anything renders', () => {
    const input = jobInput({ beats: [{ type: 'dialogue', id: 'talk', shot: { description: 'x' }, dialogue: [{ speaker: 'maya', text: 'What?', caption: { emphasis: 'Why' } }] }] });
    expect(checkJob(input).problems).toEqual([
      { path: ['episode', 'beats', 0, 'dialogue', 0, 'caption', 'emphasis'], message: 'must be a word or phrase of the line ("What?"), but got "Why"', fix: 'Did you mean "what"?' },
    ]);
  });
});
