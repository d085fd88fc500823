import type { Measurement } from './measure';
import { summarise } from './psnr';

/** Markers around the section `npm run bench` writes into docs/BENCHMARKS.md; the rest of the file is left as it is. */
export const BEGIN = '<!-- bench:render-speed:begin (written by `npm run bench`; edit bench/lib/report.ts instead) -->';
export const END = '<!-- bench:render-speed:end -->';

/** Everything one `npm run bench` measured. */
export type BenchResult = {
  readonly date: string;
  readonly command: string;
  readonly machine: Record<string, string | number>;
  readonly episode: { readonly id: string; readonly frames: number; readonly seconds: number; readonly videoSeconds: number; readonly segments: number; readonly beats: number };
  readonly edit: { readonly description: string; readonly changedSegments: number; readonly changedFrames: readonly [number, number] | null };
  readonly runs: readonly { readonly a: Measurement; readonly b: Measurement; readonly c: Measurement; readonly d: Measurement }[];
  readonly fidelity: { readonly bVsA: readonly number[]; readonly cVsA: readonly number[]; readonly cEditedVsPlain: readonly number[]; readonly bAll: readonly number[]; readonly cAll: readonly number[] };
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const dB = (v: number): string => (v === Infinity ? '∞ (identical)' : `${v.toFixed(1)} dB`);
const s = (v: number): string => `${v.toFixed(1)} s`;

const timingRows = (r: BenchResult): string[] => {
  const row = (label: string, pick: (run: BenchResult['runs'][number]) => Measurement, frames: number) => {
    const times = r.runs.map((run) => pick(run).seconds);
    const loads = r.runs.flatMap((run) => [pick(run).loadBefore, pick(run).loadAfter]);
    const ratio = median(r.runs.map((run) => pick(run).seconds / run.a.seconds));
    return `| ${label} | ${times.map(s).join(', ')} | **${s(median(times))}** | ${(frames / median(times)).toFixed(2)} | ${median(r.runs.map((run) => pick(run).peakMb)).toFixed(0)} MB | ${ratio.toFixed(3)} | **${(1 / ratio).toFixed(1)}×** | ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} |`;
  };
  return [
    '| measurement | wall time per run | median | frames/s | peak memory (median) | time ÷ (a), median | speed-up over (a) | load average (1 min) during |',
    '|---|---|---|---|---|---|---|---|',
    row('(a) plain `remotion render`', (run) => run.a, r.episode.frames),
    row('(b) `cliffhanger render`, empty cache', (run) => run.b, r.episode.frames),
    row('(c) `cliffhanger render` after the one-line edit', (run) => run.c, r.episode.frames),
    row('(d) `cliffhanger render` again, nothing changed', (run) => run.d, r.episode.frames),
  ];
};

const fidelityRows = (r: BenchResult): string[] => {
  const row = (label: string, sample: readonly number[], all: readonly number[] | null) => {
    const sum = summarise(sample);
    return `| ${label} | ${sum.count} | ${dB(sum.min)} | ${dB(sum.median)} | ${all ? dB(summarise(all).min) : '—'} |`;
  };
  return [
    '| comparison | sampled frames | min | median | min over every frame |',
    '|---|---|---|---|---|',
    row('(b) against (a)', r.fidelity.bVsA, r.fidelity.bAll),
    row('(c) against (a), frames the edit did not touch', r.fidelity.cVsA, r.fidelity.cAll),
    row('(c) against plain Remotion on the edited job, the re-rendered frames', r.fidelity.cEditedVsPlain, r.fidelity.cEditedVsPlain),
  ];
};

/** The report section as markdown. Pure. */
export const renderReport = (r: BenchResult): string =>
  [
    BEGIN,
    `## Render speed: the latest run (${r.date})`,
    '',
    `Reference episode \`${r.episode.id}\` (bench/reference/episode.json): ${r.episode.frames} frames (${r.episode.seconds.toFixed(1)} s) in ${r.episode.beats} beats, ${r.episode.videoSeconds.toFixed(1)} s of them video clips; ${r.episode.segments} segments. Edit for (c): ${r.edit.description} — ${r.edit.changedSegments} segment(s)${r.edit.changedFrames ? `, frames ${r.edit.changedFrames[0]}–${r.edit.changedFrames[1]}` : ''} to re-render.`,
    '',
    `Machine: ${Object.entries(r.machine).map(([k, v]) => `${k} ${v}`).join(' · ')}. ${r.runs.length} runs, (a)(b)(c)(d) interleaved in each run.`,
    '',
    ...timingRows(r),
    '',
    'Fidelity: PSNR (Y+U+V average, Debian ffmpeg) of decoded frames.',
    '',
    ...fidelityRows(r),
    '',
    `Reproduce: \`${r.command}\``,
    END,
  ].join('\n');

/** Puts the section into the document: in place of the previous one, else at the end. Other sections stay as they are. */
export const mergeSection = (existing: string | null, section: string): string => {
  if (existing === null) return `# Benchmarks\n\n${section}\n`;
  const begin = existing.indexOf(BEGIN);
  const end = existing.indexOf(END);
  if (begin >= 0 && end > begin) return `${existing.slice(0, begin)}${section}${existing.slice(end + END.length)}`;
  return `${existing.replace(/\n*$/, '\n\n')}${section}\n`;
};
