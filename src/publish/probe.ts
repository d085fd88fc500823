import type { CancelSignal } from '@remotion/renderer';
import { runFf } from './ff';

/** What ffprobe says about a file, reduced to what the upload specs talk about. */
export type MediaSummary = {
  readonly formatName: string;
  readonly bytes: number;
  readonly durationSeconds: number;
  readonly video: {
    readonly codec: string;
    readonly profile: string;
    readonly pixelFormat: string;
    readonly width: number;
    readonly height: number;
    readonly frameRate: string;
    readonly averageFrameRate: string;
    readonly fieldOrder: string;
    readonly colorRange: string;
    readonly durationSeconds: number;
    readonly kbps: number;
  } | null;
  readonly audio: { readonly codec: string; readonly profile: string; readonly sampleRateHz: number; readonly channels: number; readonly kbps: number } | null;
  /** Presentation times of the keyframes, in seconds. */
  readonly keyframeSeconds: readonly number[];
};

type Json = Record<string, unknown>;

/** Profiles by number: an ffmpeg built small (Remotion's) prints profile numbers instead of names. */
const PROFILE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  h264: { '66': 'Baseline', '77': 'Main', '100': 'High', '110': 'High 10' },
  aac: { '0': 'Main', '1': 'LC', '3': 'LTP', '4': 'HE-AAC' },
};
const profileName = (codec: string, profile: string): string => PROFILE_NAMES[codec]?.[profile] ?? profile;
const str = (o: Json | undefined, key: string): string => (typeof o?.[key] === 'string' ? (o[key] as string) : typeof o?.[key] === 'number' ? String(o[key]) : '');
const num = (o: Json | undefined, key: string): number => Number(str(o, key)) || 0;

/** Reduces ffprobe's JSON (-show_format -show_streams) and its keyframe list to a summary. Pure. */
export const summarizeProbe = ({ probe, keyframes }: { probe: Json; keyframes: Json }): MediaSummary => {
  const streams = (Array.isArray(probe['streams']) ? probe['streams'] : []) as Json[];
  const format = (probe['format'] ?? {}) as Json;
  const v = streams.find((s) => s['codec_type'] === 'video');
  const a = streams.find((s) => s['codec_type'] === 'audio');
  const frames = (Array.isArray(keyframes['frames']) ? keyframes['frames'] : []) as Json[];
  return {
    formatName: str(format, 'format_name'),
    bytes: num(format, 'size'),
    durationSeconds: num(format, 'duration'),
    video: v
      ? {
          codec: str(v, 'codec_name'),
          profile: profileName(str(v, 'codec_name'), str(v, 'profile')),
          pixelFormat: str(v, 'pix_fmt'),
          width: num(v, 'width'),
          height: num(v, 'height'),
          frameRate: str(v, 'r_frame_rate'),
          averageFrameRate: str(v, 'avg_frame_rate'),
          fieldOrder: str(v, 'field_order') || 'progressive',
          colorRange: str(v, 'color_range'),
          durationSeconds: num(v, 'duration'),
          kbps: num(v, 'bit_rate') / 1000,
        }
      : null,
    audio: a ? { codec: str(a, 'codec_name'), profile: profileName(str(a, 'codec_name'), str(a, 'profile')), sampleRateHz: num(a, 'sample_rate'), channels: num(a, 'channels'), kbps: num(a, 'bit_rate') / 1000 } : null,
    keyframeSeconds: frames.map((f) => num(f, 'pts_time')),
  };
};

/** Probes a file with the bundled ffprobe: streams and format, and the time of every keyframe (only keyframes are decoded). */
export const probeMedia = async (file: string, cancelSignal?: CancelSignal): Promise<MediaSummary> => {
  const json = async (args: string[]): Promise<Json> => JSON.parse((await runFf({ bin: 'ffprobe', args: ['-v', 'error', '-of', 'json', ...args, file], cancelSignal })).stdout) as Json;
  const [probe, keyframes] = await Promise.all([
    json(['-show_format', '-show_streams']),
    json(['-select_streams', 'v:0', '-skip_frame', 'nokey', '-show_entries', 'frame=pts_time']),
  ]);
  return summarizeProbe({ probe, keyframes });
};
