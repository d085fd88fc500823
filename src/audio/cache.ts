import { BUILT_IN_SOUNDS, type BuiltInSound } from '../schema';

/** Folder inside public/ for generated sound (built-in effects, scratch voices); it ignores itself in git. */
export const CACHE_FOLDER = 'cliffhanger-cache';
/** Raised whenever the synthesizer's output changes, so stale built-in sounds are never reused. */
export const SYNTH_VERSION = 1;

/** Where a built-in sound's synthesized file lives inside public/. */
export const builtInSoundPath = (name: BuiltInSound): string => `${CACHE_FOLDER}/sounds/${name}-v${SYNTH_VERSION}.wav`;

/** The built-in sounds whose files exist in a list of public/ files. */
export const presentBuiltInSounds = (files: ReadonlySet<string>): Partial<Record<BuiltInSound, string>> =>
  Object.fromEntries(BUILT_IN_SOUNDS.filter((name) => files.has(builtInSoundPath(name))).map((name) => [name, builtInSoundPath(name)]));

/** A short, stable hash of a string (cyrb53), for cache file names that work the same in Node and in the browser. */
export const stableHash = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};
