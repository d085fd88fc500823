/** Where a safe-zone number comes from and when it was published or measured. */
export type Source = { readonly name: string; readonly date: string };

/**
 * Every source the presets cite. Platforms publish few numbers and change their apps often: when a
 * platform moves its buttons, update the number in presets.ts and the source and date here.
 * Collected for this project in docs of 2024–2026 (the reference table of platform numbers).
 */
export const SOURCES = {
  tiktokMeasured: {
    name: 'third-party TikTok safe-zone measurements (adfuseai, socaptions); TikTok itself only ships template files',
    date: '2024–2026',
  },
  metaReelsAds: { name: 'Meta Reels ad guidance: keep 14 % top, 35 % bottom and 6 % each side free', date: '2024–2026' },
  reelsOrganic: { name: 'third-party Instagram Reels organic measurements (bottom 310–380 px)', date: '2024–2026' },
  googleVerticalAds: { name: 'Google vertical video ad zone, 288/672/48/192 px as converted by Shotstack', date: '2024–2026' },
  shortsOrganic: { name: 'third-party YouTube Shorts organic measurements', date: '2024–2026' },
  facebookQuickReference: { name: 'Meta guidance and third-party Facebook Reels quick references', date: '2024–2026' },
  snapAds: { name: 'Snap Ads creative guidelines (150 px top and bottom; no side figures)', date: '2024–2026' },
  actionColumn: { name: 'common placement of the like/comment/share column: x ≥ 900, y 900–1600', date: '2024–2026' },
} as const satisfies Record<string, Source>;
