import { RenderInternals } from '@remotion/renderer';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';

/** Runs Remotion's bundled ffmpeg, which every machine that renders has (it writes PNG and WAV, not raw streams). */
const ffmpeg = async (args: string[]): Promise<void> => {
  await RenderInternals.callFf({ bin: 'ffmpeg', args, indent: false, logLevel: 'error', binariesDirectory: null, cancelSignal: undefined });
};

/** Every video frame of a file shrunk to `width`×`height` grey pixels (area average), in order. */
export const greyFrames = async (file: string, width: number, height: number): Promise<Uint8Array[]> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-frames-'));
  try {
    await ffmpeg(['-v', 'error', '-i', path.resolve(file), '-vf', `scale=${width}:${height}:flags=area,format=gray`, '-f', 'image2', path.join(dir, '%05d.png')]);
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const png = PNG.sync.read(readFileSync(path.join(dir, name)));
        return Uint8Array.from({ length: width * height }, (_, i) => png.data[i * 4] ?? 0);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** A file's sound as mono 16-bit samples at `sampleRate`. */
export const monoSamples = async (file: string, sampleRate: number): Promise<Int16Array> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cliffhanger-sound-'));
  try {
    const wav = path.join(dir, 'sound.wav');
    await ffmpeg(['-v', 'error', '-i', path.resolve(file), '-vn', '-ac', '1', '-ar', String(sampleRate), '-c:a', 'pcm_s16le', '-f', 'wav', wav]);
    const bytes = readFileSync(wav);
    const data = bytes.indexOf('data', 12);
    const start = data + 8;
    return new Int16Array(bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + start + Math.floor((bytes.length - start) / 2) * 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Where sudden sounds start: the first sample over a tenth of `loud` after `quietSamples` samples under it, when `loud` is reached within 5 ms. */
export const onsets = (samples: Int16Array, { loud, quietSamples, sampleRate }: { loud: number; quietSamples: number; sampleRate: number }): number[] => {
  const found: number[] = [];
  let quiet = 0;
  samples.forEach((s, i) => {
    const rising = Math.abs(s) >= loud / 10;
    if (rising && quiet >= quietSamples && samples.subarray(i, i + sampleRate / 200).some((v) => Math.abs(v) >= loud)) found.push(i);
    quiet = rising ? 0 : quiet + 1;
  });
  return found;
};

/** The presentation time of every video frame of a file, in seconds from its first frame, in presentation order. */
export const frameTimes = async (file: string): Promise<number[]> => {
  const { stdout } = await RenderInternals.callFf({
    bin: 'ffprobe',
    args: ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time', '-of', 'csv=p=0', path.resolve(file)],
    indent: false,
    logLevel: 'error',
    binariesDirectory: null,
    cancelSignal: undefined,
  });
  const times = stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '').map(Number).sort((a, b) => a - b);
  return times.map((t) => t - (times[0] ?? 0));
};
