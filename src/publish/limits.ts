import type { Platform, Series } from '../schema';
import { PLATFORM_SPECS, type SidecarFormat } from './platform-specs';

const MB = 1_000_000;

/** One platform's numbers for one series: the built-in spec with the series' overrides applied. */
export type PlatformLimits = {
  readonly platform: Platform;
  readonly name: string;
  readonly minSeconds: number;
  readonly maxSeconds: number;
  readonly maxBytes: number | null;
  readonly maxVideoKbps: number;
  readonly gopFrames: number;
  readonly audioMinKbps: number | null;
  readonly audioMaxKbps: number | null;
  readonly captionMaxChars: number | null;
  readonly titleMaxChars: number | null;
  readonly maxHashtags: number | null;
  readonly coverMaxBytes: number | null;
  readonly sidecars: readonly SidecarFormat[];
};

/** The limits `cliffhanger publish` holds one platform's files to, for a series (publish.platforms.<id>.limits wins). */
export const limitsFor = ({ platform, series }: { platform: Platform; series: Pick<Series, 'publish'> }): PlatformLimits => {
  const spec = PLATFORM_SPECS[platform];
  const own = series.publish?.platforms[platform]?.limits;
  return {
    platform,
    name: spec.name,
    minSeconds: own?.minSeconds ?? spec.minSeconds.value,
    maxSeconds: own?.maxSeconds ?? spec.maxSeconds.value,
    maxBytes: own?.maxMegabytes === undefined ? spec.maxBytes.value : Math.round(own.maxMegabytes * MB),
    maxVideoKbps: own?.maxVideoKbps ?? spec.maxVideoKbps.value,
    gopFrames: spec.gopFrames.value,
    audioMinKbps: spec.audioKbps.value.min,
    audioMaxKbps: spec.audioKbps.value.max,
    captionMaxChars: spec.captionMaxChars.value,
    titleMaxChars: spec.titleMaxChars.value,
    maxHashtags: spec.maxHashtags.value,
    coverMaxBytes: spec.coverMaxBytes.value,
    sidecars: spec.sidecars.value,
  };
};
