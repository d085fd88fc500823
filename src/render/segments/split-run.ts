import type { Segment } from './plan';
import { ff, frameCountOf, keyframesOf } from './ff';
import type { Run } from './runs';

// Every segment's timestamps are moved ahead by this much, so the decode times of its first frames (before their
// presentation times, with B-frames) stay positive in MPEG-TS, which cannot store a negative time.
const TIMESTAMP_BASE_SECONDS = 10;

/**
 * Gives a piece the exact timestamps of its frames on the episode timeline (frame n at n/fps, plus the base), like
 * the chunks of Remotion's distributed renders (`compositionStart`). Cutting with -ss leaves them a fraction of a
 * frame off and restarting at every piece; joined, ffmpeg then guesses across each jump, and players and frame-exact
 * comparisons pair the wrong frames (measured on the bench's episode: 1945 of 2236 frames up to 2 ms off, and ffmpeg's
 * psnr compared many of them with their neighbours).
 */
export const episodeTimestamps = ({ fromInFrames, fps }: { fromInFrames: number; fps: number }): string => {
  const at = (ts: 'PTS' | 'DTS') => `(round((${ts}-STARTPTS)*TB*${fps})+${fromInFrames + TIMESTAMP_BASE_SECONDS * fps})/(${fps}*TB)`;
  return `setts=pts=${at('PTS')}:dts=${at('DTS')}`;
};

/**
 * Cuts a rendered run into its segments without re-encoding: each piece starts on the keyframe forced at its first
 * frame and is remuxed to MPEG-TS (what Remotion's chunked renders join) with its frames' times on the episode
 * timeline. Every cut and every piece's frame count is checked, so a piece that is off by a frame is never cached.
 */
export const splitRun = async ({
  runFile,
  run,
  fps,
  write,
}: {
  runFile: string;
  run: Run;
  fps: number;
  /** Stores one segment: `produce` writes it to the path it is given. */
  write: (segment: Segment, produce: (tempPath: string) => Promise<void>) => Promise<void>;
}): Promise<void> => {
  const keyframes = await keyframesOf(runFile, fps);
  for (const segment of run.segments) {
    const offset = segment.fromInFrames - run.fromInFrames;
    if (!keyframes.has(offset)) throw new Error(`The render of frames ${run.fromInFrames}-${run.fromInFrames + run.durationInFrames - 1} has no keyframe at frame ${segment.fromInFrames}, so it cannot be cut there`);
    await write(segment, async (tempPath) => {
      // Half a frame in: the seek lands on the keyframe at `offset`, never on the one before it.
      const seek = ((offset + 0.5) / fps).toFixed(6);
      await ff('ffmpeg', ['-v', 'error', '-y', '-ss', seek, '-i', runFile, '-frames:v', String(segment.durationInFrames), '-map', '0:v:0', '-c', 'copy', '-bsf:v', `h264_mp4toannexb,${episodeTimestamps({ fromInFrames: segment.fromInFrames, fps })}`, '-f', 'mpegts', tempPath]);
      const frames = await frameCountOf(tempPath);
      if (frames !== segment.durationInFrames) throw new Error(`Cutting frames ${segment.fromInFrames}-${segment.fromInFrames + segment.durationInFrames - 1} gave ${frames} frames instead of ${segment.durationInFrames}`);
    });
  }
};
