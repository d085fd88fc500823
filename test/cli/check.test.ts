import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const JOB = 'test/fixtures/jobs/misplaced-layout-job.json';
const FIX = "Keep captions, titles and clues inside x 65–900, y 269–1460: shorten the text or break long words, move a focal point inward, or change the series' platforms";
const CLUE = 'highlighted line "Transferred at 3:47 AM without …"';

describe('cliffhanger check', () => {
  it('passes the demo series: every episode clear of TikTok, Reels and Shorts', async () => {
    const result = await runCli(['check', 'the-stolen-design']);
    const lines = result.stdout.trimEnd().split('\n');
    expect([result.code, result.stderr, lines.length, lines.at(-1)]).toEqual([0, '', 4, '0 collisions with platform UI in 3 episodes']);
    lines.slice(0, 3).forEach((line, i) =>
      expect(line).toMatch(
        new RegExp(`^✓ the-stolen-design-e0${i + 1} \\(scenes/the-stolen-design/e0${i + 1}\\.ts\\): \\d+ frames, \\d+ critical boxes clear of TikTok, Instagram Reels and YouTube Shorts \\(organic\\)$`),
      ),
    );
  });

  it('catches the overflowing hook overlay and the clue under the action column, with time, field, platform and depth', async () => {
    expect(await runCli(['check', JOB])).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        `✗ night-shift-e01 (${JOB}): 4 collisions with TikTok, Instagram Reels and YouTube Shorts (organic) on 15 frames`,
        '    0.4 s  frame 12   episode.beats[0].overlay          hook overlay "#ROOM12NONAMENORECORD" reaches 47 px into TikTok\'s right edge',
        `  14.73 s  frame 442  episode.beats[2].insert.lines[1]  ${CLUE} reaches 133 px into TikTok's action column (profile, like, comment, save, share)`,
        `  14.73 s  frame 442  episode.beats[2].insert.lines[1]  ${CLUE} reaches 133 px into Instagram Reels' action column (like, comment, share, more)`,
        `  14.73 s  frame 442  episode.beats[2].insert.lines[1]  ${CLUE} reaches 133 px into YouTube Shorts' action column (like, dislike, comment, share, remix)`,
        `  ${FIX}`,
        '4 collisions with platform UI in 1 of 1 episode',
        '',
      ].join('\n'),
    });
  });

  it('checks against other platforms and the ads zones on request: captions laid out for organic posts sit under an ad’s bottom', async () => {
    expect(await runCli(['check', JOB, '--platforms', 'reels,snapchat-spotlight', '--variant', 'ads'])).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        `✗ night-shift-e01 (${JOB}): 3 collisions with Instagram Reels and Snapchat Spotlight (ads) on 15 frames`,
        '    4.4 s  frame 132  episode.beats[1].dialogue[0]      caption "They moved him at 3 AM." reaches 152 px into Instagram Reels\' bottom (username, caption, audio)',
        `  14.73 s  frame 442  episode.beats[2].insert.lines[1]  ${CLUE} reaches 133 px into Instagram Reels' action column (like, comment, share, more)`,
        '  16.43 s  frame 493  episode.beats[3].dialogue[0]      caption "You should be on your break, nu…" reaches 152 px into Instagram Reels\' bottom (username, caption, audio)',
        "  Keep captions, titles and clues inside x 65–900, y 269–1248: shorten the text or break long words, move a focal point inward, or change the series' platforms",
        '3 collisions with platform UI in 1 of 1 episode',
        '',
      ].join('\n'),
    });
  });

  it('rejects an unknown platform before rendering anything', async () => {
    expect(await runCli(['check', JOB, '--platforms', 'tiktok,reel'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error: option \'--platforms <list>\' argument \'tiktok,reel\' is invalid. must list platforms from tiktok, reels, shorts, facebook-reels, snapchat-spotlight, but got "reel". Did you mean "reels"?\n(run with --help for usage)\n',
    });
  });

  it('rejects an unknown variant', async () => {
    const result = await runCli(['check', JOB, '--variant', 'paid']);
    expect([result.code, result.stderr]).toEqual([1, 'error: option \'--variant <name>\' argument \'paid\' is invalid. must be "organic" or "ads", but got "paid".\n(run with --help for usage)\n']);
  });

  it('validates every target before the browser starts', async () => {
    expect(await runCli(['check', 'the-stolen-design-e01', 'test/fixtures/jobs/missing.json'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'test/fixtures/jobs/missing.json: does not exist. Check the path\n\n1 problem found; nothing was written.\n',
    });
  });
});
