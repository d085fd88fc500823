import { loudnessTargetSchema, type LoudnessTarget, type Platform, type Series } from '../../schema';

/** A platform's loudness target, with where the number comes from. */
export type PlatformLoudness = LoudnessTarget & { readonly source: string; readonly checked: string };

/**
 * Loudness each platform plays at. No platform publishes an official target; these are the observed values
 * collected in docs (reference/platforms.md): keep the source and date beside each number when updating it.
 */
export const PLATFORM_LOUDNESS: Readonly<Record<Platform, PlatformLoudness>> = {
  tiktok: { integratedLufs: -14, truePeakDb: -1, source: 'observed (TikTok publishes none; reported −14 to −16)', checked: '2025' },
  reels: { integratedLufs: -14, truePeakDb: -1, source: 'observed (Meta publishes none; reported −14 to −16)', checked: '2025' },
  shorts: { integratedLufs: -14, truePeakDb: -1, source: 'YouTube turns loud uploads down to about −14 LUFS', checked: '2025' },
  'facebook-reels': { integratedLufs: -14, truePeakDb: -1, source: 'observed, as Instagram Reels', checked: '2025' },
  'snapchat-spotlight': { integratedLufs: -16, truePeakDb: -1, source: 'Snap Ads audio guideline (−16 LUFS)', checked: '2025' },
};

/** The master target of a series (default −14 LUFS, −1 dBTP), or its target for one platform: the series' own setting, else the platform's. */
export const loudnessTarget = ({ series, platform }: { series: Series; platform?: Platform }): LoudnessTarget => {
  const sound = series.sound;
  if (platform === undefined) return sound?.loudness ?? loudnessTargetSchema.parse({});
  const own = sound?.platformLoudness?.[platform];
  if (own) return own;
  const { integratedLufs, truePeakDb } = PLATFORM_LOUDNESS[platform];
  return { integratedLufs, truePeakDb };
};
