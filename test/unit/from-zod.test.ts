import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeValue, problemsFromZod } from '../../src/errors';
import { fieldNames } from '../../src/errors/from-zod';
import { problemsOf } from '../fixtures/problems';

describe('describeValue', () => {
  it('names what was found in a few words', () => {
    expect([undefined, null, [], [1, 2], { a: 1 }, 'maya', 3, 2.5, true].map(describeValue)).toEqual([
      'nothing',
      'null',
      'an empty list',
      'a list of 2',
      'an object',
      '"maya"',
      '3',
      '2.5',
      'true',
    ]);
  });

  it('shows NaN and infinities as they are, not as null', () => {
    expect([Number.NaN, Number.POSITIVE_INFINITY, -Number.POSITIVE_INFINITY].map(describeValue)).toEqual(['NaN', 'Infinity', '-Infinity']);
  });

  it('names functions and bigints instead of failing on them', () => {
    expect(describeValue(() => 'x')).toBe('a function');
    expect(describeValue(10n)).toBe('10');
  });

  it('shows a string of up to 38 characters whole, and cuts a longer one with an ellipsis', () => {
    expect(describeValue('x'.repeat(38))).toBe(`"${'x'.repeat(38)}"`);
    expect(describeValue('x'.repeat(39))).toBe(`"${'x'.repeat(38)}…"`);
  });
});

describe('problemsFromZod: one message per kind of issue', () => {
  it('missing and wrongly typed fields', () => {
    const schema = z.strictObject({ name: z.string(), age: z.number().int(), tags: z.array(z.string()) });
    expect(problemsOf(schema, { age: 'old', tags: 'a' })).toEqual([
      { path: ['name'], message: 'is missing: expected a string', fix: 'Add it' },
      { path: ['age'], message: 'must be a number, but got "old"' },
      { path: ['tags'], message: 'must be an array, but got "a"' },
    ]);
    expect(problemsOf(schema, { name: 'a', age: 1.5, tags: [] })).toEqual([{ path: ['age'], message: 'must be a whole number, but got 1.5' }]);
  });

  it('enum and literal values, with a hint only when one is close', () => {
    expect(problemsOf(z.enum(['fade', 'cut']), 'fad')).toEqual([{ path: [], message: 'must be one of "fade", "cut", but got "fad"', fix: 'Did you mean "fade"?' }]);
    expect(problemsOf(z.enum(['fade', 'cut']), 'dissolve')).toEqual([{ path: [], message: 'must be one of "fade", "cut", but got "dissolve"' }]);
    expect(problemsOf(z.literal('chat'), 'chatt')).toEqual([{ path: [], message: 'must be "chat", but got "chatt"', fix: 'Did you mean "chat"?' }]);
  });

  it('numeric bounds, inclusive and exclusive', () => {
    expect(problemsOf(z.number().min(1), 0)).toEqual([{ path: [], message: 'must be at least 1, but got 0' }]);
    expect(problemsOf(z.number().positive(), 0)).toEqual([{ path: [], message: 'must be greater than 0, but got 0' }]);
    expect(problemsOf(z.number().max(1), 2)).toEqual([{ path: [], message: 'must be at most 1, but got 2' }]);
    expect(problemsOf(z.number().lt(1), 1)).toEqual([{ path: [], message: 'must be less than 1, but got 1' }]);
  });

  it('string and array lengths', () => {
    expect(problemsOf(z.string().min(3), 'ab')).toEqual([{ path: [], message: 'must be at least 3 character(s) long, but got "ab"' }]);
    expect(problemsOf(z.string().max(3), 'abcd')).toEqual([{ path: [], message: 'must be at most 3 character(s) long, but got "abcd"' }]);
    expect(problemsOf(z.array(z.number()).min(2), [1])).toEqual([{ path: [], message: 'must have at least 2 item(s), but got a list of 1' }]);
    expect(problemsOf(z.array(z.number()).max(1), [1, 2])).toEqual([{ path: [], message: 'must have at most 1 item(s), but got a list of 2' }]);
  });

  it('custom messages of the schema come first, with what was found', () => {
    expect(problemsOf(z.array(z.number()).min(1, 'needs at least one beat'), [])).toEqual([{ path: [], message: 'needs at least one beat, but got an empty list' }]);
    expect(problemsOf(z.string().regex(/^a/, 'must start with "a"'), 'b')).toEqual([{ path: [], message: 'must start with "a", but got "b"' }]);
    expect(problemsOf(z.string().email(), 'nope')).toEqual([{ path: [], message: 'must be a valid email, but got "nope"' }]);
  });

  it('unions without a discriminator', () => {
    expect(problemsOf(z.union([z.string(), z.number()]), true)).toEqual([{ path: [], message: 'does not match any allowed shape, but got true' }]);
  });

  it('custom issues keep their message and take their fix from params', () => {
    const schema = z.number().superRefine((n, ctx) => {
      if (n % 2 === 1) ctx.addIssue({ code: 'custom', message: 'must be even', params: { fix: 'Add one' } });
    });
    expect(problemsOf(schema, 3)).toEqual([{ path: [], message: 'must be even', fix: 'Add one' }]);
  });

  it('unknown fields: one or several, with a suggestion from anywhere in the schema', () => {
    const schema = z.strictObject({ shot: z.strictObject({ camera: z.string().optional() }) });
    expect(problemsOf(schema, { shot: { camra: 'x' } })).toEqual([{ path: ['shot'], message: 'has unknown field "camra"', fix: 'Did you mean "camera"?' }]);
    expect(problemsOf(schema, { shot: {}, zoom: 1, pan: 2 })).toEqual([
      { path: [], message: 'has unknown fields "zoom", "pan"', fix: 'Remove it, or check the spelling against the schema' },
    ]);
  });

  it('without the schema, unknown fields get no suggestion', () => {
    const schema = z.strictObject({ camera: z.string().optional() });
    const result = schema.safeParse({ camra: 'x' });
    expect(result.success).toBe(false);
    expect(problemsFromZod(result.error!, { camra: 'x' })).toEqual([
      { path: [], message: 'has unknown field "camra"', fix: 'Remove it, or check the spelling against the schema' },
    ]);
  });

  it('adds the known fix of a field when the issue has none', () => {
    expect(problemsOf(z.strictObject({ durationInSeconds: z.number().positive() }), { durationInSeconds: -1 })).toEqual([
      { path: ['durationInSeconds'], message: 'must be greater than 0, but got -1', fix: 'Leave it out to time the beat from its dialogue and inserts' },
    ]);
  });

  it('reports what was found at the path of each issue', () => {
    const schema = z.strictObject({ beats: z.array(z.strictObject({ lines: z.array(z.string()) })) });
    expect(problemsOf(schema, { beats: [{ lines: ['a'] }, { lines: ['b', 7] }] })).toEqual([
      { path: ['beats', 1, 'lines', 1], message: 'must be a string, but got 7' },
    ]);
  });
});

describe('fieldNames', () => {
  it('collects fields through objects, arrays, optionals, defaults and unions', () => {
    const schema = z.strictObject({
      a: z.array(z.strictObject({ b: z.string() })).default([]),
      c: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('x'), d: z.string() }), z.strictObject({ kind: z.literal('y'), e: z.number().optional() })]),
    });
    expect([...fieldNames(schema)].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'kind']);
  });
});
