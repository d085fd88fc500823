import type { CancelSignal } from '@remotion/renderer';
import type { EncodeProfile } from './plan';
import { runFf } from './ff';

// Tuning: x264's speed preset for platform encodes (about 100 frames/s at 1080x1920 here with "medium";
// "slow" is smaller at the same quality, "veryfast" twice as fast and larger). BUFFER_SECONDS sizes the
// VBV buffer: the cap holds over any window this long.
const PRESET = 'medium';
const BUFFER_SECONDS = 2;

/** The ffmpeg arguments that make one platform's file from the master: re-encoded video, copied or capped audio, moov first. */
export const encodeArgs = ({ input, output, profile, fps }: { input: string; output: string; profile: EncodeProfile; fps: number }): string[] => [
  '-hide_banner', '-nostats', '-y', '-i', input,
  '-map', '0:v:0', '-map', '0:a:0', '-map_metadata', '-1',
  '-c:v', 'libx264', '-profile:v', 'high', '-preset', PRESET, '-crf', String(profile.crf),
  '-maxrate', `${profile.maxVideoKbps}k`, '-bufsize', `${profile.maxVideoKbps * BUFFER_SECONDS}k`,
  // Limited-range BT.709 whatever the master is (a full-range BT.601 master is converted, not just relabelled).
  '-vf', 'scale=out_color_matrix=bt709:out_range=tv', '-pix_fmt', 'yuv420p', '-r', String(fps), '-fps_mode', 'cfr',
  // A fixed, closed GOP: keyframes exactly every gopFrames, none inserted at scene cuts.
  '-g', String(profile.gopFrames), '-keyint_min', String(profile.gopFrames), '-sc_threshold', '0', '-flags', '+cgop',
  '-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-color_range', 'tv',
  ...(profile.audioKbps === 'copy' ? ['-c:a', 'copy'] : ['-c:a', 'aac', '-b:a', `${profile.audioKbps}k`, '-ar', '48000', '-ac', '2']),
  // moov first (faststart); negative CTS offsets start the video at 0 with B-frames and no edit list (Instagram rejects edit lists).
  '-movflags', '+faststart+negative_cts_offsets', '-use_editlist', '0',
  '-f', 'mp4', output,
];

/** Encodes one platform's file from the master with the bundled ffmpeg. */
export const encodeVariant = async (options: { input: string; output: string; profile: EncodeProfile; fps: number; cancelSignal?: CancelSignal }): Promise<void> => {
  await runFf({ bin: 'ffmpeg', args: encodeArgs(options), cancelSignal: options.cancelSignal });
};
