import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so equal values always hash the same whatever order their keys were written in. */
export const stableStringify = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof Map) return [...inner.entries()];
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
  }) ?? 'undefined';

/** SHA-256 of a value's stable JSON, as hex: the cache's content keys. */
export const hashOf = (value: unknown): string => createHash('sha256').update(stableStringify(value)).digest('hex');
