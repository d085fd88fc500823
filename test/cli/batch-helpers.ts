import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './run-cli';

const run = promisify(execFile);

/** The fixture: three 1-beat, 1.5 s (45-frame) episodes of "batch-drama", one JSON job each, published to TikTok. */
export const JOBS_FIXTURE = path.join(ROOT, 'test/fixtures/batch/jobs');
export const EPISODES = ['batch-drama-e01', 'batch-drama-e02', 'batch-drama-e03'] as const;
export const FRAMES = 45;

/** The misspelt-character job every batch test adds, and the one line the summary must give for it. */
export const typoJob = (dir: string): { file: string; reason: string } => {
  const job = JSON.parse(readFileSync(path.join(JOBS_FIXTURE, 'e03.json'), 'utf8')) as { episode: { number: number; title: string; beats: { characters: string[] }[] } };
  job.episode.number = 4;
  job.episode.title = 'The Typo';
  job.episode.beats[0]!.characters = ['adda'];
  const file = path.join(dir, 'e04.json');
  writeFileSync(file, JSON.stringify(job, null, 2));
  return { file, reason: `${file}: episode.beats[0].characters[0] must be a character of the series (ada), but got "adda". Did you mean "ada"?` };
};

type Episode = { title: string; beats: { shot: { description: string } }[] };

/** A copy of the fixture's jobs in `dir`; `edit` changes each episode (new text, so the segment cache has nothing of it). */
export const copyJobs = (dir: string, { files, edit }: { files?: readonly string[]; edit?: (episode: Episode) => void } = {}): string => {
  cpSync(JOBS_FIXTURE, dir, { recursive: true, filter: (from) => files === undefined || !from.endsWith('.json') || files.includes(path.basename(from)) });
  if (edit) {
    for (const file of readdirSync(dir)) {
      const job = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { episode: Episode };
      edit(job.episode);
      writeFileSync(path.join(dir, file), JSON.stringify(job, null, 2));
    }
  }
  return dir;
};

/** Environment of every CLI run: the code version pinned (others editing src/ must not make outputs stale mid-test). */
export const cliEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, CLIFFHANGER_CODE_VERSION: 'batch-test', ...extra });

/** Starts the real CLI in its own process group, so the test can SIGKILL it with everything it started (Chromium, ffmpeg). */
export const spawnCli = (args: readonly string[], env: NodeJS.ProcessEnv = cliEnv()): { child: ChildProcess; output: () => string; exited: Promise<number | null> } => {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/cliffhanger.js'), ...args], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

/** Kills a process started by spawnCli and everything in its group, as a lost machine would stop. */
export const killGroup = (child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void => {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
};

/** Polls until `check` holds, failing with `what` after `timeoutMs`. */
export const waitFor = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 300_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

/** Every file under a folder, relative, sorted. */
export const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(path.join(dir, f)).isFile())
        .sort()
    : [];

/** The files a finished batch of `ids` leaves in a series folder published to TikTok: nothing else, no temporary file. */
export const expectedFiles = (ids: readonly string[]): string[] =>
  [
    'manifest.json',
    ...ids.flatMap((id) => [`.batch/${id}.json`, `.masters/${id}.mp4`, `.masters/${id}.cover.jpg`, `tiktok/${id}.mp4`, `tiktok/${id}.cover.jpg`]),
  ].sort();

/** What ffprobe says of an MP4: the fields that make it complete and playable, and its decoded frame count. */
export const probeVideo = async (file: string): Promise<Record<string, string | number>> => {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-count_frames', '-show_entries', 'stream=codec_type,codec_name,width,height,nb_read_frames', '-of', 'json', file]);
  const streams = (JSON.parse(stdout) as { streams: Record<string, string | number>[] }).streams;
  const video = streams.find((s) => s['codec_type'] === 'video') ?? {};
  const audio = streams.find((s) => s['codec_type'] === 'audio') ?? {};
  return { video: String(video['codec_name']), width: Number(video['width']), height: Number(video['height']), frames: Number(video['nb_read_frames']), audio: String(audio['codec_name']) };
};

/** A playable 1080x1920 H.264/AAC episode of the fixture's length. */
export const COMPLETE_EPISODE = { video: 'h264', width: 1080, height: 1920, frames: FRAMES, audio: 'aac' };

/** The summary lines of a batch's stdout (the progress bars go to stderr). */
export const summaryOf = (stdout: string): string[] => stdout.split('\n').filter((l) => l.trim() !== '');

/** A summary line without the timing that varies from run to run. */
export const untimed = (line: string): string => line.replace(/ \((\d+) frames(, \d+ rendered, the rest from the segment cache)?; [\d.]+ s\)$/, ' ($1 frames; … s)');

/** Runs the real CLI to the end with the pinned environment. */
export const runBatchCli = (args: readonly string[], env: NodeJS.ProcessEnv = cliEnv()): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/cliffhanger.js'), ...args], { cwd: ROOT, env, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
