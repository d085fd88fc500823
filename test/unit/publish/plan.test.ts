import { describe, expect, it } from 'vitest';
import { planPublish, type PublishInput } from '../../../src/publish/plan';
import { limitsFor } from '../../../src/publish/limits';
import { postTextOf } from '../../../src/publish/post-text';
import { PLATFORM_SPECS } from '../../../src/publish/platform-specs';
import { PLATFORMS, episodeSchema, seriesSchema, type Platform, type SeriesInput } from '../../../src/schema';
import { goodEpisode, goodSeries } from '../../fixtures/packaging';

const series = (publish?: SeriesInput['publish']) => seriesSchema.parse(goodSeries(publish ? { publish } : {}));
const input = (number: number, frames: number, extra: Record<string, unknown> = {}): PublishInput => ({
  id: `test-series-e0${number}`,
  file: `scenes/test-series/e0${number}.ts`,
  episode: episodeSchema.parse(goodEpisode({ number, ...extra })),
  durationInFrames: frames,
  fps: 30,
});
const plan = (episodes: PublishInput[], platforms: readonly Platform[] = ['tiktok', 'reels', 'shorts'], s = series()) =>
  planPublish({ series: s, seriesFile: 'scenes/test-series/series.ts', episodes, platforms: [...platforms] });

describe('platform numbers', () => {
  it('gives every platform a source and a date for every number', () => {
    for (const platform of PLATFORMS) {
      for (const value of Object.values(PLATFORM_SPECS[platform])) {
        if (typeof value === 'string') continue;
        expect(value.source.title.length).toBeGreaterThan(0);
        expect(value.source.date).toMatch(/20\d\d/);
      }
    }
  });

  it('applies a series\' overrides over the built-in limits', () => {
    expect(limitsFor({ platform: 'reels', series: series() })).toMatchObject({ minSeconds: 3, maxSeconds: 900, maxBytes: 300_000_000, maxVideoKbps: 25_000, gopFrames: 60, audioMaxKbps: 128, maxHashtags: 5 });
    const own = series({ platforms: { reels: { limits: { minSeconds: 1, maxSeconds: 60, maxMegabytes: 1000, maxVideoKbps: 8000 } } } });
    expect(limitsFor({ platform: 'reels', series: own })).toMatchObject({ minSeconds: 1, maxSeconds: 60, maxBytes: 1_000_000_000, maxVideoKbps: 8000 });
    expect(limitsFor({ platform: 'shorts', series: series() })).toMatchObject({ maxSeconds: 180, gopFrames: 15, titleMaxChars: 100, sidecars: ['srt', 'vtt'] });
  });
});

describe('post text', () => {
  it('fills the series templates and adds the hashtags after the caption', () => {
    const post = postTextOf({ series: series({ hashtags: ['#microdrama', '#office'] }), episode: episodeSchema.parse(goodEpisode({ number: 2, title: 'After Hours' })), platform: 'tiktok' });
    expect(post).toEqual({
      title: 'Test Series · Part 2: After Hours',
      caption: 'That is MY design.\nTest Series · Part 2: After Hours\n\n#microdrama #office',
      hashtags: ['#microdrama', '#office'],
    });
  });

  it('lets a platform replace the hashtags and the episode replace the caption and add hashtags', () => {
    const s = series({ hashtags: ['#a'], platforms: { shorts: { hashtags: ['#shorts'], title: '{title}' } } });
    const episode = episodeSchema.parse(goodEpisode({ publish: { caption: '{conflict}', hashtags: ['#pilot', '#shorts'] } }));
    expect(postTextOf({ series: s, episode, platform: 'shorts' })).toEqual({ title: 'Pilot', caption: 'That is MY design.\n\n#shorts #pilot', hashtags: ['#shorts', '#pilot'] });
    expect(postTextOf({ series: s, episode, platform: 'tiktok' }).hashtags).toEqual(['#a', '#pilot', '#shorts']);
  });
});

describe('planning a publish run', () => {
  it('links previous and next episodes and picks each platform\'s encode', () => {
    const { plan: planned, problems } = plan([input(2, 1800), input(1, 1800)]);
    expect(problems).toEqual([]);
    expect(planned.map((e) => [e.id, e.previous?.number ?? null, e.next?.number ?? null])).toEqual([
      ['test-series-e01', null, 2],
      ['test-series-e02', 1, null],
    ]);
    expect(planned[0]?.variants.map((v) => [v.platform, v.encode])).toEqual([
      ['tiktok', { crf: 20, maxVideoKbps: 10_000, gopFrames: 60, audioKbps: 'copy' }],
      ['reels', { crf: 20, maxVideoKbps: 25_000, gopFrames: 60, audioKbps: 128 }],
      ['shorts', { crf: 20, maxVideoKbps: 8_000, gopFrames: 15, audioKbps: 'copy' }],
    ]);
  });

  it('takes an episode exactly as long as a platform allows, and refuses one a frame longer before anything renders', () => {
    expect(plan([input(1, 180 * 30)], ['shorts']).problems).toEqual([]);
    expect(plan([input(1, 180 * 30 + 1)], ['shorts']).problems).toEqual([
      { file: 'scenes/test-series/e01.ts', path: [], message: 'runs 180.03 s, longer than YouTube Shorts takes (180 s at most); nothing is cut to fit', fix: 'Shorten the episode to 180 s or less, or leave shorts out of --platforms' },
    ]);
  });

  it('refuses an episode shorter than a platform takes, unless the series lowers the limit', () => {
    expect(plan([input(1, 89)], ['tiktok']).problems).toEqual([
      { file: 'scenes/test-series/e01.ts', path: [], message: 'runs 2.97 s, shorter than TikTok takes (3 s at least)', fix: 'Lengthen the episode to 3 s or more, or leave tiktok out of --platforms' },
    ]);
    expect(plan([input(1, 90)], ['tiktok']).problems).toEqual([]);
    expect(plan([input(1, 45)], ['tiktok'], series({ platforms: { tiktok: { limits: { minSeconds: 1 } } } })).problems).toEqual([]);
  });

  it('lowers the bitrate to fit a size limit, and refuses what would not fit at a watchable bitrate', () => {
    const small = series({ platforms: { reels: { limits: { maxMegabytes: 30 } } } });
    // 30 MB × 0.9 × 8 bits over 60 s = 3600 kbps, minus 128 kbps of audio.
    expect(plan([input(1, 1800)], ['reels'], small).plan[0]?.variants[0]?.encode.maxVideoKbps).toBe(3472);
    const tiny = series({ platforms: { reels: { limits: { maxMegabytes: 5 } } } });
    expect(plan([input(1, 1800)], ['reels'], tiny).problems).toEqual([
      { file: 'scenes/test-series/e01.ts', path: [], message: 'runs 60 s, too long to fit Instagram Reels\'s 5 MB limit at a watchable bitrate (1000 kbps or more)', fix: 'Shorten the episode, or raise publish.platforms.reels.limits.maxMegabytes if Instagram Reels takes larger files' },
    ]);
  });

  it('counts hashtags against the platform\'s limit and names the field they come from', () => {
    const five = ['#a', '#b', '#c', '#d', '#e'];
    expect(plan([input(1, 1800)], ['tiktok'], series({ hashtags: five })).problems).toEqual([]);
    expect(plan([input(1, 1800)], ['tiktok', 'shorts'], series({ hashtags: [...five, '#f'] })).problems).toEqual([
      { file: 'scenes/test-series/series.ts', path: ['publish', 'hashtags'], message: 'gives episode 1 6 hashtags on TikTok, which takes 5 at most', fix: 'Keep the 5 that matter most, or give TikTok its own list in publish.platforms.tiktok.hashtags' },
    ]);
    expect(plan([input(1, 1800, { publish: { hashtags: ['#f'] } })], ['tiktok'], series({ hashtags: five })).problems.map((p) => [p.file, p.path])).toEqual([['scenes/test-series/e01.ts', ['publish', 'hashtags']]]);
  });

  it('holds captions and titles to their limits', () => {
    const caption = (n: number) => series({ caption: 'x'.repeat(n) });
    expect(plan([input(1, 1800)], ['tiktok'], caption(2200)).problems).toEqual([]);
    expect(plan([input(1, 1800)], ['tiktok'], caption(2201)).problems).toEqual([
      { file: 'scenes/test-series/series.ts', path: ['publish', 'caption'], message: 'makes a TikTok caption of 2,201 characters for episode 1 (hashtags included), but TikTok takes 2,200 at most', fix: 'Shorten the caption, or use fewer hashtags' },
    ]);
    expect(plan([input(1, 1800)], ['shorts'], series({ platforms: { shorts: { title: 'y'.repeat(101) } } })).problems).toEqual([
      { file: 'scenes/test-series/series.ts', path: ['publish', 'platforms', 'shorts', 'title'], message: 'makes a YouTube Shorts title of 101 characters for episode 1, but YouTube Shorts takes 100 at most', fix: 'Shorten the title template, or the episode title' },
    ]);
  });
});
