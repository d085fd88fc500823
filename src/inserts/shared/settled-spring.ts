import { spring } from 'remotion';

// Tuning: how close to rest a spring counts as there. A spring only approaches its end, so without this an element
// keeps changing by invisible amounts (scale 0.99785, 0.99789, …) for a second or more after it lands, and every one
// of those frames has to be drawn again instead of held (src/render/layers). 0.002 is a pixel on a 500 px bubble.
const REST = 0.002;
// How far a spring is followed to find where it settles; the springs here land within a second.
const MAX_SECONDS = 10;

type Options = Parameters<typeof spring>[0];

const settleFrames = new Map<string, number>();

/** The first frame from which a spring stays within REST of 1 for good (an underdamped one swings out and back first). */
const settleFrameOf = (options: Options): number => {
  const key = JSON.stringify([options.fps, options.config ?? null]);
  let settled = settleFrames.get(key);
  if (settled === undefined) {
    settled = Infinity;
    for (let frame = MAX_SECONDS * options.fps; frame >= 0; frame--) {
      if (Math.abs(1 - spring({ fps: options.fps, config: options.config, frame })) >= REST) break;
      settled = frame;
    }
    settleFrames.set(key, settled);
  }
  return settled;
};

/** Remotion's spring from 0 to 1, exactly 1 from the frame where it has settled within REST of it for good. */
export const settledSpring = (options: Options & { readonly from?: undefined; readonly to?: undefined; readonly durationInFrames?: undefined; readonly delay?: undefined; readonly reverse?: undefined }): number =>
  options.frame >= settleFrameOf(options) ? 1 : spring(options);
