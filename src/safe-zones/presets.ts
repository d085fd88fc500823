import type { Platform, SafeZoneVariant } from '../schema/vocabulary';
import type { Rect } from './geometry';
import { SOURCES, type Source } from './sources';

/** A pixel count on the 1080x1920 canvas with the source it comes from. */
export type SourcedPx = { readonly px: number; readonly source: Source };

/** What one platform's UI covers, for one variant: a band along each edge and the right-hand action column. */
export type ZoneSpec = {
  readonly topPx: SourcedPx;
  readonly bottomPx: SourcedPx;
  readonly leftPx: SourcedPx;
  readonly rightPx: SourcedPx;
  /** Like, comment, share and profile buttons; null where the platform has none on top of the video. */
  readonly actionColumn: { readonly rect: Rect; readonly source: Source } | null;
};

/** A platform's name, what its UI shows in each zone (for guide labels), and its organic and ads zones. */
export type PlatformPreset = {
  readonly name: string;
  readonly covers: { readonly top: string; readonly bottom: string; readonly column: string };
  readonly variants: Readonly<Record<SafeZoneVariant, ZoneSpec>>;
};

const px = (value: number, source: Source): SourcedPx => ({ px: value, source });

/** The column every source places at x ≥ 900, y 900–1600 (the widest reported, so the conservative one). */
const COLUMN = { rect: { x: 900, y: 900, width: 180, height: 700 }, source: SOURCES.actionColumn } as const;

/*
 * How the numbers were chosen (from the 2024–2026 reference table): where sources give a range, the
 * larger (conservative) end; organic uses organic measurements, ads the platforms' own ad guidance,
 * which covers far more at the bottom. A series can override any number (series.safeZones.overrides).
 */
const TIKTOK: ZoneSpec = {
  topPx: px(250, SOURCES.tiktokMeasured), // reported 150–250: tabs and search
  bottomPx: px(460, SOURCES.tiktokMeasured), // reported 440–460: username, caption, sound
  leftPx: px(40, SOURCES.tiktokMeasured),
  rightPx: px(180, SOURCES.tiktokMeasured), // reported 150–180
  actionColumn: COLUMN,
};

const REELS_ORGANIC: ZoneSpec = {
  topPx: px(269, SOURCES.metaReelsAds), // 14 % of 1920; no organic figure is published
  bottomPx: px(380, SOURCES.reelsOrganic), // reported 310–380
  leftPx: px(65, SOURCES.metaReelsAds), // 6 % of 1080
  rightPx: px(84, SOURCES.metaReelsAds), // reported 65–84, plus the action column
  actionColumn: COLUMN,
};

const SHORTS_ORGANIC: ZoneSpec = {
  topPx: px(220, SOURCES.shortsOrganic),
  bottomPx: px(311, SOURCES.shortsOrganic),
  leftPx: px(48, SOURCES.googleVerticalAds),
  rightPx: px(97, SOURCES.shortsOrganic),
  actionColumn: COLUMN,
};

const FACEBOOK_ORGANIC: ZoneSpec = {
  topPx: px(269, SOURCES.facebookQuickReference), // reported 100–269
  bottomPx: px(300, SOURCES.facebookQuickReference), // organic; 672 is Meta's ad figure
  leftPx: px(65, SOURCES.facebookQuickReference),
  rightPx: px(65, SOURCES.facebookQuickReference), // reported 60–65, plus the action column
  actionColumn: COLUMN,
};

const SNAPCHAT: ZoneSpec = {
  topPx: px(150, SOURCES.snapAds),
  bottomPx: px(150, SOURCES.snapAds), // plus the call-to-action at the bottom centre of ads
  leftPx: px(0, SOURCES.snapAds), // Snap gives no side figures
  rightPx: px(0, SOURCES.snapAds),
  actionColumn: null,
};

/** Every platform's zones on a 1080x1920 canvas, organic and ads. Edit the numbers here, and the sources in sources.ts. */
export const PRESETS: Readonly<Record<Platform, PlatformPreset>> = {
  tiktok: {
    name: 'TikTok',
    covers: { top: 'tabs, search', bottom: 'username, caption, sound', column: 'profile, like, comment, save, share' },
    // TikTok publishes no ad-specific figures: ads use the organic measurements.
    variants: { organic: TIKTOK, ads: TIKTOK },
  },
  reels: {
    name: 'Instagram Reels',
    covers: { top: 'camera, title', bottom: 'username, caption, audio', column: 'like, comment, share, more' },
    variants: { organic: REELS_ORGANIC, ads: { ...REELS_ORGANIC, bottomPx: px(672, SOURCES.metaReelsAds) } }, // 35 % of 1920
  },
  shorts: {
    name: 'YouTube Shorts',
    covers: { top: 'search, menu', bottom: 'channel, title, sound', column: 'like, dislike, comment, share, remix' },
    variants: {
      organic: SHORTS_ORGANIC,
      ads: {
        topPx: px(288, SOURCES.googleVerticalAds),
        bottomPx: px(672, SOURCES.googleVerticalAds),
        leftPx: px(48, SOURCES.googleVerticalAds),
        rightPx: px(192, SOURCES.googleVerticalAds),
        actionColumn: COLUMN,
      },
    },
  },
  'facebook-reels': {
    name: 'Facebook Reels',
    covers: { top: 'back, camera', bottom: 'name, caption, audio', column: 'like, comment, share' },
    variants: {
      organic: FACEBOOK_ORGANIC,
      ads: { ...FACEBOOK_ORGANIC, topPx: px(269, SOURCES.metaReelsAds), bottomPx: px(672, SOURCES.metaReelsAds), leftPx: px(65, SOURCES.metaReelsAds), rightPx: px(65, SOURCES.metaReelsAds) },
    },
  },
  'snapchat-spotlight': {
    name: 'Snapchat Spotlight',
    covers: { top: 'profile, search', bottom: 'creator, caption', column: '' },
    variants: { organic: SNAPCHAT, ads: SNAPCHAT },
  },
};
