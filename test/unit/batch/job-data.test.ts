import { describe, expect, it } from 'vitest';
import { isCliffhangerError } from '../../../src/errors';
import { JOB_DATA_VERSION, parseJobData } from '../../../src/batch/job-data';

const valid = {
  version: JOB_DATA_VERSION,
  id: 'night-shift-e01',
  file: 'jobs/e01.json',
  source: 'job-file',
  input: { series: {}, episode: {} },
  seriesFile: 'jobs/e01.json',
  outDir: '/srv/out/night-shift',
  platforms: ['tiktok'],
  previous: null,
  next: { id: 'night-shift-e02', number: 2, title: 'The Chart' },
  force: false,
  scratchVoices: true,
};

const messageOf = (data: unknown): string => {
  try {
    parseJobData(data, 'job 7');
  } catch (error) {
    if (isCliffhangerError(error)) return error.message;
    throw error;
  }
  throw new Error('parsed');
};

describe('parseJobData', () => {
  it('takes a job as batch writes it', () => {
    expect(parseJobData(valid, 'job 7')).toEqual(valid);
  });

  it('refuses a job of another version, naming the job', () => {
    expect(messageOf({ ...valid, version: 2 })).toBe('job 7: version must be 1, but got 2. Enqueue episodes with `cliffhanger batch <series> --queue <url>`, which writes jobs of this shape');
  });

  it('refuses an unknown platform and a wrong type, one line each', () => {
    expect(messageOf({ ...valid, platforms: ['tiktok', 'vine'], force: 'yes' }).split('\n')).toEqual([
      expect.stringMatching(/^job 7: platforms\[1\] must be one of .*"tiktok".*, but got "vine"/),
      'job 7: force must be a boolean, but got "yes". Enqueue episodes with `cliffhanger batch <series> --queue <url>`, which writes jobs of this shape',
    ]);
  });
});
