import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSubtitles } from '../../src/captions';
import { CORPUS_DIR, CORPUS_LINES, corpusBeat } from '../fixtures/caption-jobs';
import { jobInput } from '../fixtures/minimal';
import { ROOT, runCli, tempDir, writeJob } from './run-cli';

// Subtitle files a job can name must be in public/: these tests copy corpus files into a folder of their own there.
const FOLDER = `caption-cli-test-${process.pid}`;
const publicFolder = path.join(ROOT, 'public', FOLDER);
mkdirSync(publicFolder, { recursive: true });
for (const name of ['bad-arrow.srt', 'markup.srt']) copyFileSync(path.join(CORPUS_DIR, name), path.join(publicFolder, name));
afterAll(() => rmSync(publicFolder, { recursive: true, force: true }));

const jobFile = (src: string): string => writeJob(tempDir(), 'job.json', jobInput({ beats: [corpusBeat(CORPUS_LINES as never)], captions: { src } }));
const E02_SRT = readFileSync(path.join(ROOT, 'public/the-stolen-design/e02.srt'), 'utf8');

describe('cliffhanger captions', () => {
  it('prints an episode\'s captions from its script as SRT, the split line as two cues', async () => {
    const result = await runCli(['captions', 'the-stolen-design-e01']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const cues = parseSubtitles({ text: result.stdout, expected: 'srt' });
    expect([cues.errors, cues.warnings]).toEqual([[], []]);
    expect(cues.cues.slice(0, 3).map((c) => c.text)).toEqual(['Lumen. A brand that glows.', 'I sketched it over the weekend.', 'Over the weekend?']);
  });

  it('writes WebVTT to --out atomically, keeping every cue of the imported SRT to the frame', async () => {
    const out = path.join(tempDir(), 'e02.vtt');
    const result = await runCli(['captions', 'the-stolen-design-e02', '--out', out]);
    expect(result).toEqual({ code: 0, stderr: '', stdout: `Wrote 6 captions of the-stolen-design-e02 (vtt) to ${out}\n` });
    const frame = (ms: number) => Math.round((ms * 30) / 1000);
    const exported = parseSubtitles({ text: readFileSync(out, 'utf8'), expected: 'vtt' });
    const original = parseSubtitles({ text: E02_SRT, expected: 'srt' });
    expect(exported.cues.map((c) => [frame(c.startMs), frame(c.endMs), c.text])).toEqual(original.cues.map((c) => [frame(c.startMs), frame(c.endMs), c.text]));
  });

  it('writes Remotion\'s Caption[] as JSON, one caption per word, a page break after each cue', async () => {
    const result = await runCli(['captions', 'the-stolen-design-e02', '--format', 'json']);
    const captions = JSON.parse(result.stdout) as { text: string; pageBreakAfter?: boolean }[];
    expect(captions.filter((c) => c.pageBreakAfter).length).toBe(6);
    expect(captions.slice(0, 2).map((c) => c.text)).toEqual(['Where', ' did']);
  });

  it('prints what it repaired in a job\'s subtitle file as warnings, naming the line', async () => {
    const result = await runCli(['captions', jobFile(`${FOLDER}/markup.srt`)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`warning: public/${FOLDER}/markup.srt:3: has markup tags (<i>, <font>, {\\an8}…) (lines 3, 7, 11); removed, since the series' caption style decides the look. Remove the tags from the file\n`);
  });

  it('rejects a subtitle file it cannot read, naming file and line, and writes nothing', async () => {
    const out = path.join(tempDir(), 'e01.srt');
    const result = await runCli(['captions', jobFile(`${FOLDER}/bad-arrow.srt`), '--out', out]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `public/${FOLDER}/bad-arrow.srt:6: expected a time line like "00:00:01,000 --> 00:00:02,500", but got "00:00:03,000 -> 00:00:04,500". Write the arrow between the times as "-->"\n\n1 problem found; nothing was written.\n`,
    });
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a subtitle file that is not there, and a series', async () => {
    const job = jobFile('nowhere/e01.srt');
    expect(await runCli(['captions', job])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${job}: episode.captions.src must name a file in public/, but public/nowhere/e01.srt does not exist. Check the spelling, or add the file there\n\n1 problem found; nothing was written.\n`,
    });
    expect(await runCli(['captions', 'the-stolen-design'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'the-stolen-design: is a series; captions are written one episode at a time. Name an episode: the-stolen-design-e01, the-stolen-design-e02, the-stolen-design-e03\n\n1 problem found; nothing was written.\n',
    });
  });

  it('makes validate fail on a subtitle file it cannot read, before anything renders', async () => {
    const result = await runCli(['validate', jobFile(`${FOLDER}/bad-arrow.srt`)]);
    expect([result.code, result.stderr.split('\n')[0]]).toEqual([1, `public/${FOLDER}/bad-arrow.srt:6: expected a time line like "00:00:01,000 --> 00:00:02,500", but got "00:00:03,000 -> 00:00:04,500". Write the arrow between the times as "-->"`]);
  });
});
