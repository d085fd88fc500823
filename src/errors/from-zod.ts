import type { z } from 'zod';
import { didYouMean } from './did-you-mean';
import type { FieldPath, FieldProblem } from './problem';

const MAX_SHOWN_LENGTH = 40;

/** The value at a path of the raw input, to say what was found. */
const valueAt = (input: unknown, path: FieldPath): unknown => {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
};

/** A short, readable rendering of a found value. */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'an object';
  // JSON.stringify shows NaN as null and throws on bigint; only strings need its quoting.
  if (typeof value !== 'string') return String(value);
  const shown = JSON.stringify(value);
  return shown.length > MAX_SHOWN_LENGTH ? `${shown.slice(0, MAX_SHOWN_LENGTH - 1)}…"` : shown;
};

/** Fixes for fields whose mistakes are common enough to deserve a specific hint. */
const FIELD_FIXES: Readonly<Record<string, string>> = {
  durationInSeconds: 'Leave it out to time the beat from its dialogue and inserts',
  trimStartInSeconds: 'Seconds into the clip where the beat starts, 0 or more',
  color: 'Use a hex colour like "#e63946"',
  id: 'Use lower-case letters, digits and dashes',
  series: 'Use lower-case letters, digits and dashes',
};

/** Every field name a schema accepts, at any depth: the candidates for "Did you mean" on an unknown field. */
export const fieldNames = (schema: z.core.$ZodType, into = new Set<string>()): Set<string> => {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const children: unknown[] = [];
  if (def['type'] === 'object') {
    const shape = def['shape'] as Record<string, z.core.$ZodType>;
    for (const [key, child] of Object.entries(shape)) {
      into.add(key);
      children.push(child);
    }
  }
  for (const key of ['element', 'innerType', 'in', 'out', 'left', 'right', 'valueType']) if (def[key]) children.push(def[key]);
  if (Array.isArray(def['options'])) children.push(...(def['options'] as unknown[]));
  for (const child of children) fieldNames(child as z.core.$ZodType, into);
  return into;
};

/** Zod's names for expected types that read poorly in a sentence. */
const TYPE_NAMES: Readonly<Record<string, string>> = { int: 'whole number' };

const article = (type: string): string => {
  const name = TYPE_NAMES[type] ?? type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
};

const isDefaultMessage = (message: string): boolean => /^(Invalid|Too small|Too big|Unrecognized)/.test(message);

const listOf = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

type Described = { message: string; fix?: string };

const describeIssue = (issue: z.core.$ZodIssue, found: unknown, knownFields: ReadonlySet<string>): Described => {
  const got = `but got ${describeValue(found)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return { message: `is missing: expected ${article(issue.expected)}`, fix: 'Add it' };
      return { message: `must be ${article(issue.expected)}, ${got}` };
    case 'invalid_value': {
      const hint = typeof found === 'string' ? didYouMean(found, issue.values.map(String)) : undefined;
      const expected = issue.values.length === 1 ? listOf(issue.values) : `one of ${listOf(issue.values)}`;
      return { message: `must be ${expected}, ${got}`, fix: hint };
    }
    case 'invalid_union': {
      if ('options' in issue && Array.isArray(issue.options)) {
        const options = issue.options as unknown[];
        const hint = typeof found === 'string' ? didYouMean(found, options.map(String)) : undefined;
        return { message: `must be one of ${listOf(options)}, ${got}`, fix: hint };
      }
      // A union that names its shapes in its own message (e.g. a lint rule setting) says it better than this default.
      if (!isDefaultMessage(issue.message)) return { message: `${issue.message}, ${got}` };
      return { message: `does not match any allowed shape, ${got}` };
    }
    case 'too_small': {
      if (!isDefaultMessage(issue.message)) return { message: `${issue.message}, ${got}` };
      const bound = issue.inclusive ? `at least ${issue.minimum}` : `greater than ${issue.minimum}`;
      if (issue.origin === 'array') return { message: `must have ${bound} item(s), ${got}` };
      if (issue.origin === 'string') return { message: `must be ${bound} character(s) long, ${got}` };
      return { message: `must be ${bound}, ${got}` };
    }
    case 'too_big': {
      if (!isDefaultMessage(issue.message)) return { message: `${issue.message}, ${got}` };
      const bound = issue.inclusive ? `at most ${issue.maximum}` : `less than ${issue.maximum}`;
      if (issue.origin === 'array') return { message: `must have ${bound} item(s), ${got}` };
      if (issue.origin === 'string') return { message: `must be ${bound} character(s) long, ${got}` };
      return { message: `must be ${bound}, ${got}` };
    }
    case 'invalid_format':
      return { message: `${isDefaultMessage(issue.message) ? `must be a valid ${issue.format}` : issue.message}, ${got}` };
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      return {
        message: `has unknown field${issue.keys.length === 1 ? '' : 's'} ${listOf(issue.keys)}`,
        // The key itself may be a field elsewhere in the schema (another beat type or insert kind): never suggest it back.
        fix: didYouMean(key, [...knownFields].filter((field) => field !== key)) ?? 'Remove it, or check the spelling against the schema',
      };
    }
    case 'custom':
      if (issue.message === 'Invalid color') return { message: `must be a CSS colour like "#e63946", ${got}` };
      return { message: issue.message, fix: issue.params?.['fix'] as string | undefined };
    default:
      return { message: `${issue.message}, ${got}` };
  }
};

/** Turns zod issues into problems that name the field path, what was expected and what was found, and a fix. */
export const problemsFromZod = (error: z.ZodError, input: unknown, schema?: z.core.$ZodType): FieldProblem[] => {
  const knownFields = schema ? fieldNames(schema) : new Set<string>();
  return error.issues.map((issue) => {
    const described = describeIssue(issue, valueAt(input, issue.path), knownFields);
    const last = issue.path[issue.path.length - 1];
    const fix = described.fix ?? (typeof last === 'string' ? FIELD_FIXES[last] : undefined);
    return { path: issue.path, message: described.message, fix };
  });
};
