import type { Measurement } from './measure';
import { summarise } from './psnr';

/** Markers around the section `npm run bench` writes into docs/BENCHMARKS.md; the rest of the file is left as it is. */
export const BEGIN = '<!-- bench:render-speed:begin (written by `npm run bench`; edit bench/lib/report.ts instead) -->';
export const END = '<!-- bench:render-speed:end -->';

/** Everything one `npm run bench` measured. */
export type BenchResult = {
  readonly date: string;
  readonly command: string;
  /** Runs asked for; the report is written after each, so fewer may be done when a bench is stopped. */
  readonly plannedRuns: number;
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

/** The issue's fidelity bar: every compared frame at or above it. */
export const TARGET_PSNR_DB = 40;

const fidelityRows = (r: BenchResult): string[] => {
  const row = (label: string, sample: readonly number[], all: readonly number[]) => {
    const sum = summarise(sample);
    const under = all.filter((v) => v < TARGET_PSNR_DB).length;
    return `| ${label} | ${sum.count} | ${dB(sum.min)} | ${dB(sum.median)} | ${dB(summarise(all).min)} | ${under} of ${all.length} |`;
  };
  return [
    `| comparison | sampled frames | min | median | min over every frame | frames under ${TARGET_PSNR_DB} dB |`,
    '|---|---|---|---|---|---|',
    row('(b) against (a)', r.fidelity.bVsA, r.fidelity.bAll),
    row('(c) against (a), frames the edit did not touch', r.fidelity.cVsA, r.fidelity.cAll),
    row('(c) against plain Remotion on the edited job, the re-rendered frames', r.fidelity.cEditedVsPlain, r.fidelity.cEditedVsPlain),
  ];
};

/** The cache summary `cliffhanger render` prints at the end of its line, e.g. "23 of 24 segments from the cache; 72 frames rendered". */
export const reuseOf = (stdout: string): string => /\(([^()]*segments from the cache[^()]*)\)\s*$/.exec(stdout)?.[1] ?? 'no cache summary printed';

/** The report section as markdown. Pure. */
export const renderReport = (r: BenchResult): string =>
  [
    BEGIN,
    `## Render speed: the latest run (${r.date})`,
    '',
    `Reference episode \`${r.episode.id}\` (bench/reference/episode.json): ${r.episode.frames} frames (${r.episode.seconds.toFixed(1)} s) in ${r.episode.beats} beats, ${r.episode.videoSeconds.toFixed(1)} s of them video clips; ${r.episode.segments} segments. Edit for (c): ${r.edit.description} — ${r.edit.changedSegments} segment(s)${r.edit.changedFrames ? `, frames ${r.edit.changedFrames[0]}–${r.edit.changedFrames[1]}` : ''} to re-render.`,
    '',
    `Machine: ${Object.entries(r.machine).map(([k, v]) => `${k} ${v}`).join(' · ')}. ${r.runs.length} of ${r.plannedRuns} ${r.plannedRuns === 1 ? 'run' : 'runs'} done, (a)(b)(c)(d) in turn in each run; medians over the runs done.`,
    '',
    ...timingRows(r),
    '',
    `What (c) rendered, per run: ${r.runs.map((run) => reuseOf(run.c.stdout)).join('; ')}.`,
    '',
    'Fidelity (outputs of run 1): PSNR (Y+U+V average, Debian ffmpeg) of decoded frames, paired by their timestamps.',
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
