import { CliffhangerError } from '../errors';

/** An inclusive range of frames, as Remotion takes it. */
export type FrameRange = readonly [number, number];

/** Parses `--frames` ("30-59" or "42") and checks it against the episode's length. */
export const parseFrameRange = (value: string, durationInFrames: number): FrameRange => {
  const match = /^(\d+)(?:-(\d+))?$/.exec(value.trim());
  const last = durationInFrames - 1;
  const fail = (why: string): never => {
    throw CliffhangerError.plain('--frames', `${why}, but got "${value}"`, `Use a range inside 0-${last}, e.g. --frames 0-${Math.min(last, 89)}`);
  };
  if (!match) return fail('must be a frame number or a range like 0-89');
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (to < from) return fail('must not end before it starts');
  if (to > last) return fail(`must stay inside the episode's ${durationInFrames} frames (0-${last})`);
  return [from, to];
};

/** Checks a still's frame number against the episode's length. */
export const checkFrame = (frame: number, durationInFrames: number): number => {
  if (!Number.isInteger(frame) || frame < 0 || frame >= durationInFrames) {
    throw CliffhangerError.plain(
      '--frame',
      `must be a whole frame number inside the episode's ${durationInFrames} frames (0-${durationInFrames - 1}), but got ${frame}`,
      'Pick a frame inside the episode; `cliffhanger list` shows durations',
    );
  }
  return frame;
};
