import { describe, expect, it } from 'vitest';
import { CliffhangerError, closestMatch, didYouMean, formatPath, formatProblem, inFile, isCliffhangerError } from '../../src/errors';

describe('formatPath', () => {
  it('writes paths the way authors write them', () => {
    expect(formatPath(['beats', 3, 'dialogue', 0, 'speaker'])).toBe('beats[3].dialogue[0].speaker');
    expect(formatPath(['episode', 'series'])).toBe('episode.series');
  });

  it('handles an empty path, a leading index and a lone key', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath([2, 'id'])).toBe('[2].id');
    expect(formatPath(['id'])).toBe('id');
  });
});

describe('formatProblem', () => {
  it('names the file and the field, then the message and the fix', () => {
    expect(
      formatProblem({
        file: 'scenes/show/e02.ts',
        path: ['beats', 3, 'dialogue', 0, 'speaker'],
        message: 'must be a character of the series (maya, victor), but got "mya"',
        fix: 'Did you mean "maya"?',
      }),
    ).toBe('scenes/show/e02.ts: beats[3].dialogue[0].speaker must be a character of the series (maya, victor), but got "mya". Did you mean "maya"?');
  });

  it('leaves out the field when the problem is about the whole file, and the fix when there is none', () => {
    expect(formatProblem({ file: 'scenes/index.ts', path: [], message: 'does not exist' })).toBe('scenes/index.ts: does not exist');
  });
});

describe('inFile', () => {
  it('attaches the file and drops the prefix the file makes implicit', () => {
    expect(inFile('scenes/show/e01.ts', [{ path: ['episode', 'beats', 0, 'id'], message: 'm', fix: 'f' }], 1)).toEqual([
      { file: 'scenes/show/e01.ts', path: ['beats', 0, 'id'], message: 'm', fix: 'f' },
    ]);
  });

  it('keeps the whole path by default', () => {
    expect(inFile('job.json', [{ path: ['episode', 'title'], message: 'm' }])).toEqual([{ file: 'job.json', path: ['episode', 'title'], message: 'm' }]);
  });
});

describe('CliffhangerError', () => {
  it('prints one line per problem', () => {
    const error = new CliffhangerError([
      { file: 'a.ts', path: ['id'], message: 'must be unique', fix: 'Rename it' },
      { file: 'b.ts', path: [], message: 'does not exist' },
    ]);
    expect(error.message).toBe('a.ts: id must be unique. Rename it\nb.ts: does not exist');
    expect(error.name).toBe('CliffhangerError');
    expect(error.problems).toEqual([
      { file: 'a.ts', path: ['id'], message: 'must be unique', fix: 'Rename it' },
      { file: 'b.ts', path: [], message: 'does not exist' },
    ]);
  });

  it('makes a single problem that is not about a field', () => {
    const error = CliffhangerError.plain('scenes/index.ts', 'does not exist', 'Create it');
    expect(error.problems).toEqual([{ file: 'scenes/index.ts', path: [], message: 'does not exist', fix: 'Create it' }]);
    expect(error.message).toBe('scenes/index.ts: does not exist. Create it');
  });

  it('tells a user mistake from a bug', () => {
    expect(isCliffhangerError(CliffhangerError.plain('f', 'm'))).toBe(true);
    expect(isCliffhangerError(new Error('boom'))).toBe(false);
    expect(isCliffhangerError('f: m')).toBe(false);
  });
});

describe('closestMatch', () => {
  const cast = ['maya', 'victor', 'jun'];

  it('finds candidates up to two edits away, ignoring case', () => {
    expect(closestMatch('mya', cast)).toBe('maya');
    expect(closestMatch('vicotr', cast)).toBe('victor');
    expect(closestMatch('MAYA', cast)).toBe('maya');
  });

  it('finds nothing three edits away, or among no candidates', () => {
    expect(closestMatch('vic', cast)).toBeUndefined();
    expect(closestMatch('maya', [])).toBeUndefined();
  });

  it('prefers the closer candidate, then the earlier one on a tie', () => {
    expect(closestMatch('mayaa', ['mayor', 'maya'])).toBe('maya');
    expect(closestMatch('ab', ['ax', 'ay'])).toBe('ax');
  });
});

describe('didYouMean', () => {
  it('words the hint, or gives nothing', () => {
    expect(didYouMean('mya', ['maya', 'victor'])).toBe('Did you mean "maya"?');
    expect(didYouMean('zed', ['maya', 'victor'])).toBeUndefined();
  });
});
