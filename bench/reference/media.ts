import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the reference episode's footage, recordings and music live: public/<series-id>/, ignored by git. */
export const REFERENCE_SERIES = 'bench-last-delivery';

/** One stand-in clip: a moving, grainy, graded gradient with drifting bokeh, the texture real footage has (x264 cannot cheat on it). */
type Clip = { name: string; width: number; height: number; seconds: number; colors: [string, string, string]; kind: 'radial' | 'linear' | 'circular' | 'spiral'; seed: number; ambience: boolean };

/** The footage of the reference episode: 39 s over five beats, at the sizes phones and cameras deliver. */
export const CLIPS: readonly Clip[] = [
  { name: 'street', width: 1080, height: 1920, seconds: 7, colors: ['0x0d1b2a', '0xe07a2f', '0x274c77'], kind: 'radial', seed: 1, ambience: true },
  { name: 'depot', width: 1920, height: 1080, seconds: 8, colors: ['0x1b1b1e', '0x6c8ead', '0xd9a441'], kind: 'linear', seed: 2, ambience: false },
  { name: 'rain', width: 1080, height: 1920, seconds: 6, colors: ['0x0b132b', '0x3a506b', '0x5bc0be'], kind: 'circular', seed: 3, ambience: true },
  { name: 'van', width: 1920, height: 1080, seconds: 8, colors: ['0x140f0f', '0xb23a48', '0xf2c57c'], kind: 'spiral', seed: 4, ambience: false },
  { name: 'doorway', width: 1280, height: 720, seconds: 10, colors: ['0x10100e', '0xc9a227', '0x4f6d7a'], kind: 'radial', seed: 5, ambience: false },
];

/** The recorded lines (espeak-ng stand-ins for an actor's takes): beat id → one text per line, voice per speaker. */
export type Recording = { beatId: string; line: number; text: string; voice: string; pitch: number; wordsPerMinute: number };

// A phone's or a camera's 1080p export: about 10 Mbit/s (the decoder's work grows with it).
const VIDEO_BITRATE = '10M';
const FF = ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y'];
const EXACT = ['-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact'];

const run = (bin: string, args: string[], input?: string): void => {
  const result = spawnSync(bin, args, { stdio: ['pipe', 'ignore', 'pipe'], input, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${bin} failed: ${result.stderr || result.error?.message || `exit ${result.status}`}\nInstall it with: sudo apt-get install -y ffmpeg espeak-ng`);
};

/** Writes a file through a temporary name, so an interrupted generation is redone next time. */
const generate = (file: string, make: (temp: string) => void): void => {
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.partial${path.extname(file)}`;
  make(temp);
  renameSync(temp, file);
};

// Drawn at a quarter of the size (the gradients and bokeh are soft anyway), then scaled up; grain is added at full size.
const clipFilter = (c: Clip): string =>
  `[0:v][1:v]blend=all_mode=screen:all_opacity=0.35,scale=${c.width}:${c.height}:flags=bicubic,` +
  `crop=w=iw*0.92:h=ih*0.92:x='iw*0.04*(1-t/${c.seconds})':y='ih*0.04*t/${c.seconds}',scale=${c.width}:${c.height},noise=alls=6:allf=t,vignette=PI/5,format=yuv420p`;

const makeClip = (c: Clip, file: string): void => {
  const small = `${Math.round(c.width / 4)}x${Math.round(c.height / 4)}`;
  const [c0, c1, c2] = c.colors;
  const inputs = [
    '-f', 'lavfi', '-i', `gradients=s=${small}:r=30:d=${c.seconds}:c0=${c0}:c1=${c1}:c2=${c2}:nb_colors=3:speed=0.015:type=${c.kind}:seed=${c.seed}`,
    '-f', 'lavfi', '-i', `life=s=${small}:r=30:ratio=0.08:seed=${c.seed}:death_color=black:life_color=white:mold=8,gblur=sigma=3`,
  ];
  const sound = c.ambience ? ['-f', 'lavfi', '-i', `anoisesrc=color=brown:amplitude=0.08:seed=${c.seed}:d=${c.seconds}:r=48000`, '-c:a', 'aac', '-b:a', '128k'] : ['-an'];
  run('ffmpeg', [...FF, ...inputs, ...sound, '-filter_complex', clipFilter(c), '-t', String(c.seconds), '-c:v', 'libx264', '-preset', 'veryfast', '-b:v', VIDEO_BITRATE, '-maxrate', VIDEO_BITRATE, '-bufsize', '20M', '-r', '30', ...EXACT, '-f', 'mp4', file]);
};

const makeVoice = (r: Recording, file: string): void => {
  const wav = `${file}.espeak.wav`;
  run('espeak-ng', ['-v', r.voice, '-p', String(r.pitch), '-s', String(r.wordsPerMinute), '-w', wav, '--stdin'], r.text);
  run('ffmpeg', [...FF, '-i', wav, '-af', 'highpass=f=100,loudnorm=I=-20:TP=-3:LRA=11', '-ar', '48000', '-c:a', 'pcm_s16le', ...EXACT, '-f', 'wav', file]);
  spawnSync('rm', ['-f', wav]);
};

// A low drone and a soft pulse: a music bed to duck under the lines, looped by the composition if it is short.
const MUSIC = "0.18*sin(2*PI*55*t)+0.08*sin(2*PI*82.5*t)*(0.6+0.4*sin(2*PI*t/8))+0.35*sin(2*PI*48*mod(t,0.8))*exp(-mod(t,0.8)*10)";

/** Generates whatever of the reference media is missing under `publicDir` (Debian's ffmpeg and espeak-ng; about 2–10 minutes). */
export const ensureReferenceMedia = ({ publicDir, recordings, log }: { publicDir: string; recordings: readonly Recording[]; log: (line: string) => void }): void => {
  const root = path.join(publicDir, REFERENCE_SERIES);
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, '.gitignore'), '# Generated by `npm run bench` (bench/reference/media.ts): safe to delete.\n*\n');
  for (const clip of CLIPS) generate(path.join(root, 'footage', `${clip.name}.mp4`), (temp) => (log(`bench: generating footage ${clip.name}.mp4`), makeClip(clip, temp)));
  for (const r of recordings) generate(path.join(root, 'e01', `${r.beatId}.line${r.line}.wav`), (temp) => makeVoice(r, temp));
  generate(path.join(root, 'music.m4a'), (temp) => run('ffmpeg', [...FF, '-f', 'lavfi', '-i', `aevalsrc=exprs='${MUSIC}|${MUSIC}':s=48000:d=40`, '-af', 'lowpass=f=2000,loudnorm=I=-16:TP=-2', '-c:a', 'aac', '-b:a', '96k', ...EXACT, '-f', 'mp4', temp]));
};
