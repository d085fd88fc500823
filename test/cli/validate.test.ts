import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, smallJob, tempDir, writeJob } from './run-cli';

const TAIL = '\n1 problem found; nothing was written.\n';

describe('cliffhanger validate', () => {
  it('accepts the demo series and prints each episode', async () => {
    const result = await runCli(['validate', 'the-stolen-design']);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '✓ the-stolen-design-e01 (scenes/the-stolen-design/e01.ts): 9 beats, 48.7 s',
        '✓ the-stolen-design-e02 (scenes/the-stolen-design/e02.ts): 10 beats, 48.7 s',
        '✓ the-stolen-design-e03 (scenes/the-stolen-design/e03.ts): 9 beats, 54.0 s',
        '',
      ].join('\n'),
    });
  });

  it('accepts a self-contained JSON job', async () => {
    const result = await runCli(['validate', 'test/fixtures/jobs/small-job.json']);
    expect(result).toEqual({ code: 0, stderr: '', stdout: '✓ night-shift-e01 (test/fixtures/jobs/small-job.json): 3 beats, 13.5 s\n' });
  });

  it('suggests the closest id for an unknown one', async () => {
    const result = await runCli(['validate', 'the-stolen-desgn-e01']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `the-stolen-desgn-e01: is not an episode id, a series id or a .json job file. Did you mean "the-stolen-design-e01"?\n${TAIL}`,
    });
  });
});

describe('bad input fails with the file, the field, what was expected and found, and a fix', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
  });

  const cases: { name: string; mutate: (job: ReturnType<typeof smallJob>) => void; message: string }[] = [
    {
      name: 'unknown speaker',
      mutate: (job) => ((job.episode.beats[2]!['dialogue'] as { speaker: string }[])[0]!.speaker = 'lenna'),
      message: 'episode.beats[2].dialogue[0].speaker must be a character of the series (lena, doctor), but got "lenna". Did you mean "lena"?',
    },
    {
      name: 'no beats',
      mutate: (job) => (job.episode.beats = []),
      message: 'episode.beats needs at least one beat, but got an empty list',
    },
    {
      name: 'zero duration',
      mutate: (job) => (job.episode.beats[0]!['durationInSeconds'] = 0),
      message: 'episode.beats[0].durationInSeconds must be greater than 0, but got 0. Leave it out to time the beat from its dialogue and inserts',
    },
    {
      name: 'negative duration',
      mutate: (job) => (job.episode.beats[0]!['durationInSeconds'] = -2),
      message: 'episode.beats[0].durationInSeconds must be greater than 0, but got -2. Leave it out to time the beat from its dialogue and inserts',
    },
    {
      name: 'unknown insert kind',
      mutate: (job) => ((job.episode.beats[1]!['insert'] as { kind: string }).kind = 'fax'),
      message: 'episode.beats[1].insert.kind must be one of "chat", "notification", "missed-call", "document", "photo", "email", but got "fax"',
    },
    {
      name: 'missing media file',
      mutate: (job) => (job.episode.beats[0]!['media'] = { src: 'night-shift/missing.mp4' }),
      message: 'episode.beats[0].media.src must name a file in public/, but public/night-shift/missing.mp4 does not exist. Check the spelling, or add the file there',
    },
    {
      name: 'media path outside public/',
      mutate: (job) => (job.episode.beats[0]!['media'] = { src: '../secrets/clip.mp4' }),
      message:
        'episode.beats[0].media.src must be a path inside public/, but got "../secrets/clip.mp4". Copy the file into public/ and give its path relative to public/, e.g. "night-shift/clip.mp4"',
    },
    {
      name: 'misspelt field',
      mutate: (job) => (job.episode.beats[0]!['durationInSecond'] = 3),
      message: 'episode.beats[0] has unknown field "durationInSecond". Did you mean "durationInSeconds"?',
    },
    {
      name: 'explicit duration too short for the dialogue',
      mutate: (job) => (job.episode.beats[2]!['durationInSeconds'] = 1),
      message:
        "episode.beats[2].durationInSeconds must be at least 6.1 s, the time the beat's content needs (reading time and holds), but got 1. Raise it to 6.1, shorten the beat's text, or leave durationInSeconds out to time the beat automatically",
    },
  ];

  for (const { name, mutate, message } of cases) {
    it(`${name}: validate, render and still all refuse before rendering`, async () => {
      const job = smallJob();
      mutate(job);
      const file = writeJob(dir, `${name.replaceAll(' ', '-').replaceAll('/', '')}.json`, job);
      const expected = { code: 1, stdout: '', stderr: `${file}: ${message}\n${TAIL}` };
      expect(await runCli(['validate', file])).toEqual(expected);
      const out = path.join(dir, 'never.mp4');
      expect(await runCli(['render', file, '--out', out])).toEqual(expected);
      expect(await runCli(['still', file, '--frame', '0', '--out', path.join(dir, 'never.png')])).toEqual(expected);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('malformed JSON names the line and column', async () => {
    const file = writeJob(dir, 'malformed.json', '{\n  "series": {\n    "id": "x",\n  }\n}');
    expect(await runCli(['validate', file])).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file}: is not valid JSON at line 4, column 3: Expected double-quoted property name. Fix the syntax (a trailing comma or a missing quote is the usual cause)\n${TAIL}`,
    });
  });
});
