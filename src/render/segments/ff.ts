import { RenderInternals } from '@remotion/renderer';

/** Runs Remotion's bundled ffmpeg or ffprobe (so a render needs no other install); paths must be absolute. */
export const ff = async (bin: 'ffmpeg' | 'ffprobe', args: readonly string[]): Promise<string> => {
  const { stdout } = await RenderInternals.callFf({ bin, args: [...args], indent: false, logLevel: 'error', binariesDirectory: null, cancelSignal: undefined });
  return stdout;
};

/** Frame numbers (from 0) of a file's video keyframes, read from its packets. */
export const keyframesOf = async (file: string, fps: number): Promise<Set<number>> => {
  const lines = (await ff('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time,flags', '-of', 'csv=p=0', file])).split('\n');
  const packets = lines.map((line) => line.split(',')).filter((p) => p.length >= 2 && p[0] !== 'N/A').map(([time, flags]) => ({ time: Number(time), key: (flags ?? '').startsWith('K') }));
  const start = Math.min(...packets.map((p) => p.time));
  return new Set(packets.filter((p) => p.key).map((p) => Math.round((p.time - start) * fps)));
};

/** How many video frames a file holds, counted packet by packet. */
export const frameCountOf = async (file: string): Promise<number> => {
  // MPEG-TS lists the stream under its program too: the first number is the count.
  const out = await ff('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-count_packets', '-show_entries', 'stream=nb_read_packets', '-of', 'csv=p=0', file]);
  return Number(out.split('\n').map((line) => line.trim()).find((line) => /^\d+$/.test(line)) ?? NaN);
};
