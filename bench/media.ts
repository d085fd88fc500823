// `npm run bench:media`: what each kind of picture and the sound mix cost per rendered frame (1080x1920, one
// browser, concurrency 1), from the demo's own media. Prints a markdown table for docs/BENCHMARKS.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { prepareSound } from '../src/audio/prepare-sound';
import { DEFAULT_LOUDNESS, masterLoudness } from '../src/audio/loudness/master';
import { probeTargets } from '../src/media/probe-targets';
import { readJobFile } from '../src/project/resolve-target';
import { JOB_COMPOSITION_ID, PUBLIC_DIR } from '../src/render/paths';
import { createRenderer } from '../src/render/renderer';
import { series } from '../scenes/the-stolen-design/series';

// Tuning: 90 frames (3 s) per case. The cases take turns for ROUNDS rounds after a warm-up round (bundling, the
// browser start, first decodes) and each reports its median, so a machine whose load drifts skews every case alike.
const FRAMES = 90;
const ROUNDS = 3;

// Every case is the same reaction beat with one line; only its picture or its sound differs.
const reaction = (extra: Record<string, unknown>) => ({
  type: 'reaction',
  id: 'face',
  shot: { description: 'Maya at the screen.', camera: 'push-in' },
  characters: ['maya'],
  character: 'maya',
  emotion: 'shock',
  dialogue: [{ speaker: 'maya', text: 'That is my design.' }],
  durationInSeconds: 4,
  ...extra,
});

const CASES: { name: string; beat: Record<string, unknown>; sound: boolean }[] = [
  { name: 'animatic panel', beat: reaction({}), sound: false },
  { name: 'still image (1080x1920 JPEG, push-in)', beat: reaction({ media: { src: 'the-stolen-design/e01/maya-shock.jpg' } }), sound: false },
  { name: 'video clip (1920x1080 H.264, cropped to 9:16)', beat: reaction({ media: { src: 'the-stolen-design/footage/projector.mp4' } }), sound: false },
  { name: 'video clip, contain (letterboxed over a blurred copy: decoded twice)', beat: reaction({ media: { src: 'the-stolen-design/footage/projector.mp4', fit: 'contain' } }), sound: false },
  { name: 'animatic panel + sound (music, room tone, scratch voice)', beat: reaction({}), sound: true },
];

const dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-bench-media-'));

/** A case's props, its generated sound made first: the renderer's bundle copies public/ once, at its first render. */
const prepare = async ({ name, beat, sound }: (typeof CASES)[number], index: number) => {
  const file = path.join(dir, `${index}.json`);
  const seriesSound = sound ? series.sound : { music: false, roomTone: false, scratchVoices: false };
  const episode = { series: series.id, number: 1, title: 'Bench', purpose: 'Measure a kind of media.', beats: [beat] };
  writeFileSync(file, JSON.stringify({ series: { ...series, sound: seriesSound }, episode }));
  const [probed] = await probeTargets({ targets: [readJobFile(file, PUBLIC_DIR)], publicDir: PUBLIC_DIR });
  if (!probed?.job) throw new Error(`${name}: ${JSON.stringify(probed?.problems)}`);
  return (await prepareSound({ target: probed, publicDir: PUBLIC_DIR })).input;
};

const renderer = createRenderer();
const rows: string[] = [];
try {
  const props = await Promise.all(CASES.map(prepare));
  const render = async (index: number, loudness: null, out = 'out.mp4'): Promise<number> => {
    const started = performance.now();
    await renderer.renderVideo({ target: { compositionId: JOB_COMPOSITION_ID, inputProps: props[index] ?? {} }, outPath: path.join(dir, out), frameRange: [0, FRAMES - 1], loudness });
    return performance.now() - started;
  };
  const times: number[][] = CASES.map(() => []);
  for (let round = 0; round <= ROUNDS; round++) {
    for (const index of CASES.keys()) {
      const ms = await render(index, null);
      if (round > 0) times[index]?.push(ms);
    }
  }
  for (const [index, { name, sound }] of CASES.entries()) {
    const sorted = [...(times[index] ?? [])].sort((a, b) => a - b);
    const ms = sorted[Math.floor(sorted.length / 2)] ?? 0;
    let masterMs = 0;
    if (sound) {
      await render(index, null, 'mastered.mp4');
      const started = performance.now();
      await masterLoudness({ file: path.join(dir, 'mastered.mp4'), target: DEFAULT_LOUDNESS });
      masterMs = performance.now() - started;
    }
    rows.push(`| ${name} | ${(ms / FRAMES).toFixed(0)} ms | ${((FRAMES * 1000) / ms).toFixed(1)} |${sound ? ` mastering the mix: +${(masterMs / 1000).toFixed(1)} s for ${FRAMES / 30} s` : ''}`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
} finally {
  await renderer.close();
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(['| picture | per frame | frames/s | note', '|---|---|---|---', ...rows].join('\n') + '\n');
process.exit(0);
