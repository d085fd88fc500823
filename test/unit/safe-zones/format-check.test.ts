import { describe, expect, it } from 'vitest';
import { getSafeRect, zonesOfSettings } from '../../../src/safe-zones';
import { collisionsInFrames } from '../../../src/safe-zones/check/check-layout';
import type { LayoutCheck } from '../../../src/safe-zones/check/check-episode';
import { formatCheckSummary, formatEpisodeCheck } from '../../../src/safe-zones/check/format-check';

const settings = { platforms: ['tiktok', 'reels', 'shorts'] } as const;
const platforms = zonesOfSettings(settings);
const base: LayoutCheck = {
  id: 'night-shift-e01',
  file: 'jobs/night.json',
  fps: 30,
  framesChecked: 19,
  boxesMeasured: 7,
  platforms,
  variant: 'organic',
  safeArea: getSafeRect(settings),
  collisions: [],
};
const failing: LayoutCheck = {
  ...base,
  collisions: collisionsInFrames({
    platforms,
    frames: [
      { frame: 12, boxes: [{ label: 'hook overlay "#ROOM12"', source: 'episode.beats[0].overlay', rect: { x: 65, y: 290, width: 882, height: 86 } }] },
      { frame: 442, boxes: [{ label: 'face (focal point)', source: 'episode.beats[2].media.focalPoint', rect: { x: 850, y: 1000, width: 200, height: 200 } }] },
    ],
  }),
};

describe('formatEpisodeCheck', () => {
  it('prints one ✓ line for an episode clear of every platform', () => {
    expect(formatEpisodeCheck(base)).toBe('✓ night-shift-e01 (jobs/night.json): 19 frames, 7 critical boxes clear of TikTok, Instagram Reels and YouTube Shorts (organic)\n');
    expect(formatEpisodeCheck({ ...base, framesChecked: 1, boxesMeasured: 1, platforms: [platforms[0]!], variant: 'ads' })).toBe(
      '✓ night-shift-e01 (jobs/night.json): 1 frame, 1 critical box clear of TikTok (ads)\n',
    );
  });

  it('prints every collision with its time, frame, field, element, platform region and depth, then the fix', () => {
    expect(formatEpisodeCheck(failing)).toBe(
      [
        '✗ night-shift-e01 (jobs/night.json): 4 collisions with TikTok, Instagram Reels and YouTube Shorts (organic) on 19 frames',
        '    0.4 s  frame 12   episode.beats[0].overlay           hook overlay "#ROOM12" reaches 47 px into TikTok\'s right edge',
        '  14.73 s  frame 442  episode.beats[2].media.focalPoint  face (focal point) reaches 150 px into TikTok\'s action column (profile, like, comment, save, share)',
        '  14.73 s  frame 442  episode.beats[2].media.focalPoint  face (focal point) reaches 150 px into Instagram Reels\' action column (like, comment, share, more)',
        '  14.73 s  frame 442  episode.beats[2].media.focalPoint  face (focal point) reaches 150 px into YouTube Shorts\' action column (like, dislike, comment, share, remix)',
        '  Keep captions, titles and clues inside x 65–900, y 269–1460: shorten the text or break long words, move a focal point inward, or change the series\' platforms',
        '',
      ].join('\n'),
    );
  });
});

describe('formatCheckSummary', () => {
  it('counts collisions and the episodes that have them', () => {
    expect(formatCheckSummary([base, base])).toBe('0 collisions with platform UI in 2 episodes\n');
    expect(formatCheckSummary([base, failing])).toBe('4 collisions with platform UI in 1 of 2 episodes\n');
    expect(formatCheckSummary([])).toBe('0 collisions with platform UI in 0 episodes\n');
  });
});
