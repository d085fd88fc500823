/** Every string inside a value (props, a beat), in order: the candidates for files in public/ it names. */
export const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (value instanceof Map) return stringsIn([...value.values()]);
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value as Record<string, unknown>).flatMap(stringsIn);
};

/** The content hash of a file in public/ by its path there, or null when the string names no file. */
export type FileHasher = (src: string) => string | null;

/** The files in public/ a value names, each with the hash of its bytes, sorted: what a key needs to see a file change. */
export const namedFiles = (value: unknown, fileHash: FileHasher): [string, string][] =>
  [...new Set(stringsIn(value))]
    .sort()
    .flatMap((src): [string, string][] => {
      const hash = fileHash(src);
      return hash === null ? [] : [[src, hash]];
    });
