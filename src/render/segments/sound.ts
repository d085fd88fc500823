import { readFileSync, writeFileSync } from 'node:fs';
import type { LoudnessTarget } from '../../schema';
import { normalizeLoudness, type LoudnessResult } from '../../audio/loudness/normalize';
import type { RenderCache } from './cache-dir';
import { ff } from './ff';

/** AAC bitrate of a mix left unmastered (loudness null); the same as the master's, transparent for speech and music. */
const UNMASTERED_BITRATE = '192k';

/** A cached master of an episode's sound, and what mastering measured (null when it was left as rendered). */
export type CachedSound = { readonly file: string; readonly loudness: LoudnessResult | null };

/** The episode's mastered sound from the cache, or null when it has to be rendered. */
export const findSound = (cache: RenderCache, key: string): CachedSound | null => {
  const file = cache.find('sound', key, '.mp4');
  const report = cache.find('sound', key, '.json');
  if (!file || !report) return null;
  return { file, loudness: JSON.parse(readFileSync(report, 'utf8')) as LoudnessResult | null };
};

/** Masters a rendered mix (WAV) to its loudness target (two-pass loudnorm, as a whole-episode render is mastered) into the cache as AAC. */
export const storeSound = async ({ cache, key, raw, loudness }: { cache: RenderCache; key: string; raw: string; loudness: LoudnessTarget | null }): Promise<CachedSound> => {
  let result: LoudnessResult | null = null;
  const file = await cache.write('sound', key, '.mp4', async (temp) => {
    if (loudness) result = await normalizeLoudness({ input: raw, output: temp, target: loudness });
    else await ff('ffmpeg', ['-v', 'error', '-y', '-i', raw, '-map', '0:a:0', '-ar', '48000', '-c:a', 'aac', '-b:a', UNMASTERED_BITRATE, '-f', 'mp4', temp]);
  });
  // The report is written last: a sound without one counts as missing, so a half-stored entry is rendered again.
  await cache.write('sound', key, '.json', async (temp) => writeFileSync(temp, JSON.stringify(result)));
  return { file, loudness: result };
};
