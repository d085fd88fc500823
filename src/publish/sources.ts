/** Where a platform number comes from, and when it was collected. */
export type Source = { readonly title: string; readonly date: string };

/**
 * The sources of the upload numbers in platform-specs.ts, as collected in shared/reference/platforms.md
 * (public sources, 2024–2026). Platforms change these without notice: update the number and its date together.
 */
export const SOURCES = {
  tiktokApi: { title: 'TikTok Content Posting API, media transfer guide', date: '2024–2026' },
  tiktokHashtags: { title: 'TikTok 5-hashtag limit (observed since 2025, unannounced)', date: '2025' },
  metaReels: { title: 'Meta IG User Media "Reel specifications" and the Reels Publishing API guide', date: '2024–2026' },
  instagramHashtags: { title: 'Instagram 5-hashtag limit', date: 'December 2025' },
  facebookReels: { title: 'Meta Facebook Reels specifications', date: '2024–2026' },
  youtubeEncoding: { title: 'YouTube Help 1722171, recommended upload encoding settings', date: '2024–2026' },
  youtubeShorts: { title: 'YouTube Help 15424877, Shorts up to 3 minutes', date: 'October 2024' },
  youtubeCaptions: { title: 'YouTube Help 2734698, supported subtitle and closed caption files', date: '2024–2026' },
  youtubeMetadata: { title: 'YouTube Data API, video title (100) and description (5,000) limits', date: '2024–2026' },
  snapchat: { title: 'Snapchat Help (Spotlight) and Snap Ads creative guidelines', date: '2024–2026' },
  /** No number is published: a choice of this project, inside the range platforms.md reports as usual. */
  cliffhanger: { title: 'Cliffhanger default where the platform publishes no number', date: '2026' },
} as const satisfies Record<string, Source>;
