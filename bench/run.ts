// `npm run bench [-- --runs N]`: renders the reference episode with plain Remotion (a), with `cliffhanger render` from an
// empty cache (b), after a one-line edit (c) and unchanged (d), then writes the results into docs/BENCHMARKS.md.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureReferenceMedia, REFERENCE_SERIES } from './reference/media';
import { EDIT, editedJob, readReferenceJob, recordingsOf, REFERENCE_JOB } from './reference/job';
import { referenceFacts } from './lib/facts';
import { measure, type Measurement } from './lib/measure';
import { describeMachine } from './lib/machine';
import { snapshotProject } from './lib/snapshot';
import { psnrPerFrame, sampleIndices } from './lib/psnr';
import { mergeSection, renderReport, reuseOf } from './lib/report';
import { writeAtomically } from '../src/render/atomic-output';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'bench/.out');
const DOC = path.join(ROOT, 'docs/BENCHMARKS.md');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, '.gitignore'), '# Outputs of `npm run bench`: safe to delete.\n*\n');
ensureReferenceMedia({ publicDir: path.join(ROOT, 'public'), recordings: recordingsOf(readReferenceJob()), log });
const editedPath = path.join(OUT, 'edited.json');
writeFileSync(editedPath, JSON.stringify(editedJob(readReferenceJob()), null, 2));
const facts = await referenceFacts({ job: REFERENCE_JOB, edited: editedPath, out: OUT });
log(`reference: ${facts.episode.frames} frames, ${facts.episode.segments} segments; the edit changes ${facts.edit.changedSegments} segment(s)`);

const out = (name: string) => path.join(OUT, name);
// Every render runs from one copy of the code, taken now (see snapshotProject); outside the project, so typecheck and
// lint never see it.
const TREE = snapshotProject({ root: ROOT, dir: path.join(tmpdir(), 'cliffhanger-bench-tree') });
log(`rendering from a copy of the code in ${TREE}/`);
const plain = (file: string, props: string, extra: string[] = []) =>
  measure('npx', ['remotion', 'render', 'src/remotion/index.ts', 'cliffhanger-job', file, `--props=${props}`, '--log=error', ...extra], { cwd: TREE });
const cliffhanger = (job: string, file: string, cacheDir: string) => measure('node', ['bin/cliffhanger.js', 'render', job, '--out', file, '--cache-dir', cacheDir], { cwd: TREE });

const results: { a: Measurement; b: Measurement; c: Measurement; d: Measurement }[] = [];
const changed = facts.edit.changedFrames;
const pick = (all: readonly number[], indices: readonly number[]) => sampleIndices(indices.length).map((i) => all[indices[i] ?? 0] ?? NaN);

/** PSNR of (b) and (c) against (a), from the outputs of the run that just ended. */
const measureFidelity = async () => {
  log('fidelity: PSNR against (a)');
  const bAll = psnrPerFrame({ test: out('b.mp4'), reference: out('a.mp4') });
  const cAll = psnrPerFrame({ test: out('c.mp4'), reference: out('a.mp4') });
  const untouched = cAll.map((_, i) => i).filter((i) => !changed || i < changed[0] || i > changed[1]);
  let cEdited: number[] = [];
  if (changed) {
    await plain(out('a-edited.mp4'), facts.editedPropsFile, [`--frames=${changed[0]}-${changed[1]}`]);
    cEdited = psnrPerFrame({ test: out('c.mp4'), reference: out('a-edited.mp4'), fromFrame: changed[0], toFrame: changed[1] });
  }
  return { bVsA: pick(bAll, [...bAll.keys()]), cVsA: pick(cAll, untouched), cEditedVsPlain: cEdited, bAll, cAll: untouched.map((i) => cAll[i] ?? NaN) };
};

let fidelity: Awaited<ReturnType<typeof measureFidelity>> | null = null;
for (let run = 1; run <= runs; run++) {
  const cacheDir = out(`cache-${run}`);
  rmSync(cacheDir, { recursive: true, force: true });
  log(`run ${run}/${runs}: (a) plain Remotion`);
  const a = await plain(out('a.mp4'), facts.propsFile);
  log(`run ${run}/${runs}: (a) ${a.seconds.toFixed(1)} s; (b) cliffhanger render, empty cache`);
  const b = await cliffhanger(REFERENCE_JOB, out('b.mp4'), cacheDir);
  log(`run ${run}/${runs}: (b) ${b.seconds.toFixed(1)} s; (c) after the edit`);
  const c = await cliffhanger(editedPath, out('c.mp4'), cacheDir);
  log(`run ${run}/${runs}: (c) ${c.seconds.toFixed(1)} s (${reuseOf(c.stdout)}); (d) unchanged`);
  const d = await cliffhanger(editedPath, out('d.mp4'), cacheDir);
  log(`run ${run}/${runs}: (d) ${d.seconds.toFixed(1)} s`);
  results.push({ a, b, c, d });
  if (run < runs) rmSync(cacheDir, { recursive: true, force: true });
  // Fidelity once, from the first run's files; the report is rewritten after every run, so a stopped bench keeps what it measured.
  fidelity ??= await measureFidelity();
  const report = renderReport({
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    command: `npm run bench -- --runs ${runs}`,
    plannedRuns: runs,
    machine: describeMachine(ROOT),
    episode: facts.episode,
    edit: { description: `beats "${EDIT.beatId}" line ${EDIT.line + 1} now says "${EDIT.text}"`, ...facts.edit },
    runs: results,
    fidelity,
  });
  // Read just before writing (other sections of the file are edited by hand) and renamed into place whole.
  await writeAtomically(DOC, async (temp) => writeFileSync(temp, mergeSection(existsSync(DOC) ? readFileSync(DOC, 'utf8') : null, report)));
  log(`run ${run}/${runs}: wrote ${path.relative(ROOT, DOC)} (reference media stays in public/${REFERENCE_SERIES}/, outputs in bench/.out/)`);
}
rmSync(TREE, { recursive: true, force: true });
