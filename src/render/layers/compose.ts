import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Span } from './frame-plan';

const run = promisify(execFile);

// Remotion's x264 quality (CRF 18, 90 kHz timescale) at the fastest preset: Remotion's encoder keeps pace with its
// capture at the default preset, but layered segments are encoded while Chromium captures the next ones, on the other
// core, and the footage spans are all pixels to encode. Same quality, larger files (about 1.5x on grainy footage).
const X264 = ['-c:v', 'libx264', '-crf', '18', '-preset', 'ultrafast', '-video_track_timescale', '90000'];
// Remotion's BT.709 conversion (renderMedia with colorSpace 'bt709'), applied to every frame as Remotion applies it.
const BT709_FILTER = 'zscale=matrix=709:range=limited:primariesin=709:primaries=709:transferin=709:transfer=709';
const BT709_TAGS = ['-colorspace:v', 'bt709', '-color_primaries:v', 'bt709', '-color_trc:v', 'bt709', '-color_range', 'tv'];

/** Where a layered run's captured frames are: `full` as JPEG (what Remotion encodes from), `overlay` as PNG with alpha. */
export type CapturedFrames = { readonly fullFile: (frame: number) => string; readonly overlayFile: (frame: number) => string };

/**
 * Lays a span's frames out as a numbered image sequence (symbolic links to the captures: a held frame is linked again,
 * never copied) for ffmpeg's image2 reader, which then reads exactly one frame per file.
 */
const sequenceOf = (span: Span, dir: string, captured: CapturedFrames): string => {
  mkdirSync(dir, { recursive: true });
  const ext = span.layer === 'full' ? 'jpeg' : 'png';
  span.frames.forEach((f, i) => symlinkSync(span.layer === 'full' ? captured.fullFile(f.shownBy) : captured.overlayFile(f.shownBy), path.join(dir, `${String(i).padStart(6, '0')}.${ext}`)));
  return path.join(dir, `%06d.${ext}`);
};

/**
 * The ffmpeg call that turns a layered stretch of frames into one H.264 MP4: Chromium's full frames as they are
 * (decoded from JPEG, as Remotion's encoder reads them), and for each footage span the clip, played from the frame
 * @remotion/media's Video shows there, scaled (bicubic) to MediaShot's rectangle and cropped to the frame, under the
 * overlay's PNGs; then Remotion's pixel format conversion, with keyframes forced at the cuts.
 */
export const composeArgs = ({
  spans,
  sequences,
  publicDir,
  fps,
  width,
  height,
  cuts,
  colorSpace,
  outPath,
}: {
  spans: readonly Span[];
  /** Each span's image sequence pattern (see sequenceOf). */
  sequences: readonly string[];
  publicDir: string;
  fps: number;
  width: number;
  height: number;
  /** Frames, counted from the run's first, that must be keyframes. */
  cuts: readonly number[];
  colorSpace: 'default' | 'bt709';
  outPath: string;
}): string[] => {
  const inputs: string[] = [];
  const filters: string[] = [];
  // Remotion encodes its JPEG frames (full-range BT.601 YUV) as limited-range yuv420p, or converts them with zscale for
  // BT.709. Clips are limited-range YUV already and stay YUV (no round trip through RGB): their colours are converted
  // from BT.709, which Chromium assumes for video that does not say (and phones and generators write), to the BT.601 of
  // Remotion's JPEG frames (measured on a saturated clip: 34.8 dB against a plain render's frame without, 42.3 with);
  // for a BT.709 encode they are widened to full range first, so zscale reads every span alike.
  const spanFormat = colorSpace === 'bt709' ? 'yuvj420p' : 'yuv420p';
  let input = 0;
  spans.forEach((span, k) => {
    const frames = span.frames.length;
    inputs.push('-framerate', String(fps), '-i', sequences[k] ?? '');
    const images = input++;
    const tail = `trim=end_frame=${frames},setpts=N/(${fps}*TB),setsar=1,format=${spanFormat}[s${k}]`;
    const footage = span.footage;
    if (span.layer === 'full' || !footage) {
      filters.push(`[${images}:v]${tail}`);
      return;
    }
    // The clip's time at the span's first frame, as @remotion/media's Video computes it: trim, then frames at the playback rate.
    const first = span.frames[0]?.frame ?? footage.fromInFrames;
    const seconds = (footage.trimBeforeInFrames + (first - footage.beatFromInFrames) * footage.playbackRate) / fps;
    inputs.push('-ss', seconds.toFixed(6), '-i', path.resolve(publicDir, footage.src));
    const clip = input++;
    const { left, top, width: w, height: h } = footage.rect;
    filters.push(
      `[${clip}:v]setpts=(PTS-STARTPTS)/${footage.playbackRate},fps=${fps},scale=${w}:${h}:flags=bicubic:in_color_matrix=bt709:out_color_matrix=bt601,crop=${width}:${height}:${-left}:${-top}[c${k}]`,
      `[c${k}][${images}:v]overlay=format=yuv420:shortest=0:eof_action=pass,${tail}`,
    );
  });
  const joined = spans.map((_, k) => `[s${k}]`).join('');
  const convert = colorSpace === 'bt709' ? `,${BT709_FILTER},format=yuv420p` : '';
  filters.push(`${joined}concat=n=${spans.length}:v=1:a=0${convert}[out]`);
  const keyframes = cuts.length > 0 ? ['-force_key_frames', `expr:${cuts.map((n) => `eq(n,${n})`).join('+')}`] : [];
  return [
    '-v', 'error', '-y',
    ...inputs,
    '-filter_complex', filters.join(';'),
    '-map', '[out]',
    '-an',
    ...X264,
    ...(colorSpace === 'bt709' ? BT709_TAGS : []),
    ...keyframes,
    '-r', String(fps),
    '-f', 'mp4',
    outPath,
  ];
};

/** Writes a layered run to `outPath` (see composeArgs), with Debian's ffmpeg (Remotion's has no overlay filter). */
export const composeRun = async (options: Omit<Parameters<typeof composeArgs>[0], 'sequences'> & { captured: CapturedFrames; workDir: string; ffmpeg: string }): Promise<void> => {
  const sequences = options.spans.map((span, k) => sequenceOf(span, path.join(options.workDir, `span-${k}`), options.captured));
  await run(options.ffmpeg, composeArgs({ ...options, sequences }), { maxBuffer: 16 * 1024 * 1024 });
};
