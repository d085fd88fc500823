/** A phone buzzing on arrival: a few pixels of side-to-side shake that dies away. */
const BUZZ_AMPLITUDE_PX = 6;
/** Buzz length and speed: about a quarter second of 2.5-frame wobbles. */
const BUZZ_FRAMES = 8;
const BUZZ_PERIOD_FRAMES = 2.5;

/** Horizontal offset `framesSinceArrival` frames after a notification arrives (0 outside the buzz). */
export const phoneBuzzPx = (framesSinceArrival: number): number => {
  if (framesSinceArrival < 0 || framesSinceArrival >= BUZZ_FRAMES) return 0;
  const decay = 1 - framesSinceArrival / BUZZ_FRAMES;
  return BUZZ_AMPLITUDE_PX * decay * Math.sin((2 * Math.PI * framesSinceArrival) / BUZZ_PERIOD_FRAMES);
};
