import type { Platform } from '../schema';
import { SOURCES, type Source } from './sources';

/** A number with where it comes from. */
export type Sourced<T> = { readonly value: T; readonly source: Source };

/** Subtitle sidecar formats a platform takes beside the video. */
export const SIDECAR_FORMATS = ['srt', 'vtt'] as const;
export type SidecarFormat = (typeof SIDECAR_FORMATS)[number];

/** What one platform accepts as an upload: the numbers `cliffhanger publish` encodes to and checks every file against. */
export type PlatformSpec = {
  readonly name: string;
  readonly minSeconds: Sourced<number>;
  readonly maxSeconds: Sourced<number>;
  /** Largest upload in bytes; null where none is published. */
  readonly maxBytes: Sourced<number | null>;
  /** Cap of the video bitrate: the platform's limit, or its recommendation where it publishes no limit. */
  readonly maxVideoKbps: Sourced<number>;
  /** Frames between keyframes (closed GOP). */
  readonly gopFrames: Sourced<number>;
  /** AAC bitrate limits; null where none is published. */
  readonly audioKbps: Sourced<{ readonly min: number | null; readonly max: number | null }>;
  readonly captionMaxChars: Sourced<number | null>;
  readonly titleMaxChars: Sourced<number | null>;
  readonly maxHashtags: Sourced<number | null>;
  readonly coverMaxBytes: Sourced<number | null>;
  readonly sidecars: Sourced<readonly SidecarFormat[]>;
};

const at = <T>(value: T, source: Source): Sourced<T> => ({ value, source });
const MB = 1_000_000;

/*
 * Every upload also gets, on every platform: H.264 High, yuv420p (limited range, BT.709), constant 30 fps,
 * progressive, AAC-LC 48 kHz stereo, the moov atom at the front and no edit lists (Instagram rejects them).
 * Where sources disagree, the conservative number; a series overrides any limit in publish.platforms.<id>.limits.
 */
export const PLATFORM_SPECS: Readonly<Record<Platform, PlatformSpec>> = {
  tiktok: {
    name: 'TikTok',
    minSeconds: at(3, SOURCES.tiktokApi),
    maxSeconds: at(600, SOURCES.tiktokApi),
    maxBytes: at(4_000 * MB, SOURCES.tiktokApi),
    maxVideoKbps: at(10_000, SOURCES.cliffhanger), // none published; 5–15 Mbps usual
    gopFrames: at(60, SOURCES.cliffhanger),
    audioKbps: at({ min: null, max: null }, SOURCES.tiktokApi),
    captionMaxChars: at(2_200, SOURCES.tiktokApi),
    titleMaxChars: at(null, SOURCES.tiktokApi),
    maxHashtags: at(5, SOURCES.tiktokHashtags),
    coverMaxBytes: at(20 * MB, SOURCES.tiktokApi),
    sidecars: at([], SOURCES.tiktokApi), // none: captions are burned in
  },
  reels: {
    name: 'Instagram Reels',
    minSeconds: at(3, SOURCES.metaReels),
    maxSeconds: at(900, SOURCES.metaReels),
    maxBytes: at(300 * MB, SOURCES.metaReels), // copies of Meta's page say 300 MB or 1 GB
    maxVideoKbps: at(25_000, SOURCES.metaReels), // VBR, 25 Mbps at most
    gopFrames: at(60, SOURCES.cliffhanger), // closed GOP required, length not given
    audioKbps: at({ min: null, max: 128 }, SOURCES.metaReels),
    captionMaxChars: at(2_200, SOURCES.metaReels),
    titleMaxChars: at(null, SOURCES.metaReels),
    maxHashtags: at(5, SOURCES.instagramHashtags),
    coverMaxBytes: at(8 * MB, SOURCES.metaReels),
    sidecars: at([], SOURCES.metaReels),
  },
  shorts: {
    name: 'YouTube Shorts',
    minSeconds: at(1, SOURCES.cliffhanger), // none published
    maxSeconds: at(180, SOURCES.youtubeShorts),
    maxBytes: at(null, SOURCES.youtubeEncoding),
    maxVideoKbps: at(8_000, SOURCES.youtubeEncoding), // recommended at 1080p 30 fps
    gopFrames: at(15, SOURCES.youtubeEncoding), // closed GOP of half the frame rate
    audioKbps: at({ min: 128, max: null }, SOURCES.youtubeEncoding), // 384 kbps recommended for stereo
    captionMaxChars: at(5_000, SOURCES.youtubeMetadata),
    titleMaxChars: at(100, SOURCES.youtubeMetadata),
    maxHashtags: at(60, SOURCES.youtubeMetadata), // more than 60 and YouTube ignores them all
    coverMaxBytes: at(null, SOURCES.youtubeEncoding), // a frame is chosen in the app
    sidecars: at(['srt', 'vtt'], SOURCES.youtubeCaptions),
  },
  'facebook-reels': {
    name: 'Facebook Reels',
    minSeconds: at(3, SOURCES.facebookReels),
    maxSeconds: at(90, SOURCES.facebookReels),
    maxBytes: at(null, SOURCES.facebookReels),
    maxVideoKbps: at(10_000, SOURCES.cliffhanger),
    gopFrames: at(60, SOURCES.facebookReels), // closed GOP of 2–5 s
    audioKbps: at({ min: 128, max: null }, SOURCES.facebookReels),
    captionMaxChars: at(null, SOURCES.facebookReels),
    titleMaxChars: at(null, SOURCES.facebookReels),
    maxHashtags: at(null, SOURCES.facebookReels),
    coverMaxBytes: at(10 * MB, SOURCES.facebookReels),
    sidecars: at(['srt'], SOURCES.facebookReels),
  },
  'snapchat-spotlight': {
    name: 'Snapchat Spotlight',
    minSeconds: at(5, SOURCES.snapchat),
    maxSeconds: at(60, SOURCES.snapchat),
    maxBytes: at(500 * MB, SOURCES.snapchat), // reported 500 MB–1 GB
    maxVideoKbps: at(8_000, SOURCES.cliffhanger),
    gopFrames: at(60, SOURCES.cliffhanger),
    audioKbps: at({ min: null, max: null }, SOURCES.snapchat),
    captionMaxChars: at(null, SOURCES.snapchat),
    titleMaxChars: at(null, SOURCES.snapchat),
    maxHashtags: at(null, SOURCES.snapchat), // #Topics instead
    coverMaxBytes: at(null, SOURCES.snapchat),
    sidecars: at([], SOURCES.snapchat),
  },
};
