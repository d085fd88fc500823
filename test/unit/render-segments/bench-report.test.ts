import { describe, expect, it } from 'vitest';
import { BEGIN, END, mergeSection, renderReport, type BenchResult } from '../../../bench/lib/report';
import { sampleIndices, summarise } from '../../../bench/lib/psnr';

const m = (seconds: number, peakMb = 900) => ({ seconds, peakMb, loadBefore: 3, loadAfter: 5, stdout: '' });
const result: BenchResult = {
  date: '2026-11-25 01:00 UTC',
  command: 'npm run bench -- --runs 2',
  plannedRuns: 3,
  machine: { cores: 2, cpu: 'AMD EPYC' },
  episode: { id: 'bench-e01', frames: 1800, seconds: 60, videoSeconds: 36, segments: 30, beats: 11 },
  edit: { description: 'a caption fix', changedSegments: 1, changedFrames: [900, 959] },
  runs: [
    { a: m(400), b: m(200), c: { ...m(40), stdout: 'Rendered 1800 frames of bench-e01 to c.mp4 in 40.0 s (29 of 30 segments from the cache, sound from the cache; 60 frames rendered)\n' }, d: m(10) },
    { a: m(600), b: m(200), c: { ...m(60), stdout: 'Rendered 1800 frames of bench-e01 to c.mp4 in 60.0 s (0 of 30 segments from the cache; 1800 frames rendered)\n' }, d: m(10) },
  ],
  fidelity: { bVsA: [45, 50], cVsA: [46], cEditedVsPlain: [44, 48], bAll: [45, 50, 41], cAll: [46, 47] },
};

describe('renderReport', () => {
  const report = renderReport(result);

  it('is wrapped in the markers the next run replaces', () => {
    expect(report.startsWith(`${BEGIN}\n## Render speed: the latest run (2026-11-25 01:00 UTC)`)).toBe(true);
    expect(report.endsWith(`Reproduce: \`npm run bench -- --runs 2\`\n${END}`)).toBe(true);
  });

  it('reports per-run times, their median, frames per second and the median ratio to plain Remotion', () => {
    expect(report).toContain('| (a) plain `remotion render` | 400.0 s, 600.0 s | **500.0 s** | 3.60 | 900 MB | 1.000 | **1.0×** | 3.0–5.0 |');
    expect(report).toContain('| (b) `cliffhanger render`, empty cache | 200.0 s, 200.0 s | **200.0 s** | 9.00 | 900 MB | 0.417 | **2.4×** | 3.0–5.0 |');
    expect(report).toContain('| (c) `cliffhanger render` after the one-line edit | 40.0 s, 60.0 s | **50.0 s** | 36.00 | 900 MB | 0.100 | **10.0×** | 3.0–5.0 |');
  });

  it('reports fidelity as min and median of the sample and the minimum over every frame', () => {
    expect(report).toContain('| (b) against (a) | 2 | 45.0 dB | 50.0 dB | 41.0 dB | 0 of 3 |');
    expect(report).toContain('| (c) against plain Remotion on the edited job, the re-rendered frames | 2 | 44.0 dB | 48.0 dB | 44.0 dB | 0 of 2 |');
  });

  it('says how many of the planned runs the medians come from (a stopped bench keeps what it measured)', () => {
    expect(report).toContain('. 2 of 3 runs done, (a)(b)(c)(d) in turn in each run; medians over the runs done.');
  });

  it('counts the frames under the 40 dB bar', () => {
    expect(renderReport({ ...result, fidelity: { ...result.fidelity, bAll: [45, 39.9, 2.9, 40] } })).toContain('| (b) against (a) | 2 | 45.0 dB | 50.0 dB | 2.9 dB | 2 of 4 |');
  });

  it('says what (c) took from the cache in each run, so a run whose cache missed is visible', () => {
    expect(report).toContain('What (c) rendered, per run: 29 of 30 segments from the cache, sound from the cache; 60 frames rendered; 0 of 30 segments from the cache; 1800 frames rendered.');
  });
});

describe('mergeSection', () => {
  const section = `${BEGIN}\nnew numbers\n${END}`;

  it('starts the document when there is none', () => {
    expect(mergeSection(null, section)).toBe(`# Benchmarks\n\n${section}\n`);
  });

  it('replaces the previous section and keeps every other section as it is', () => {
    const doc = `# Benchmarks\n\nIntro.\n\n${BEGIN}\nold numbers\n${END}\n\n## Media cost per frame\n\nTheirs.\n`;
    expect(mergeSection(doc, section)).toBe(`# Benchmarks\n\nIntro.\n\n${section}\n\n## Media cost per frame\n\nTheirs.\n`);
  });

  it('appends the section to a document that has none yet', () => {
    expect(mergeSection('# Benchmarks\n\n## Media cost per frame\n', section)).toBe(`# Benchmarks\n\n## Media cost per frame\n\n${section}\n`);
  });
});

describe('sampleIndices and summarise', () => {
  it('spread the sample over the whole episode, first and last frame included', () => {
    expect(sampleIndices(100, 5)).toEqual([0, 25, 50, 74, 99]);
    expect(sampleIndices(3, 5)).toEqual([0, 1, 2]);
  });

  it('summarise a sample, identical frames counting as infinitely close', () => {
    expect(summarise([50, Infinity, 41])).toEqual({ min: 41, median: 50, max: Infinity, count: 3 });
  });
});
