import { describe, expect, it } from 'vitest';
import { runCli, smallJob, tempDir, writeJob } from './run-cli';

describe('cliffhanger status', () => {
  it('counts the demo series: a named clip, a dropped-in still, inserts drawn in code, the rest animatic panels', async () => {
    const result = await runCli(['status', 'the-stolen-design', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { summary: unknown; episodes: { id: string; summary: { ready: number } }[] };
    expect(report.summary).toEqual({ beats: 28, media: 2, drawnInserts: 8, animatic: 18, missingMedia: 0, ready: 10, readyPercent: 36 });
    expect(report.episodes.map((e) => `${e.id} ${e.summary.ready}`)).toEqual(['the-stolen-design-e01 4', 'the-stolen-design-e02 3', 'the-stolen-design-e03 3']);
  });

  it('reports a media file that is not in public/ instead of refusing, as text', async () => {
    const job = smallJob();
    job.episode.beats[0]!['media'] = { src: 'night-shift/hook.mp4' };
    const file = writeJob(tempDir(), 'job.json', job);
    expect(await runCli(['status', file])).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `${file}: 1 of 3 beats ready (33%): 0 with media, 1 drawn insert, 1 animatic panel, 1 missing file`,
        '',
        'night-shift-e01  Room 12  1 of 3 beats ready (33%)',
        '    1  chart                 hook          MISSING: public/night-shift/hook.mp4 does not exist',
        '    2  text                  insert        drawn insert (notification)',
        '    3  marsh                 cliffhanger   animatic panel',
        '',
      ].join('\n'),
    });
  });
});
