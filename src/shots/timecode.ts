const SECONDS_PER_MINUTE = 60;
const MINUTES_PER_HOUR = 60;

const two = (n: number): string => String(n).padStart(2, '0');

/** Non-drop-frame SMPTE timecode of a frame, HH:MM:SS:FF, as editors and call sheets write it. */
export const formatTimecode = (frame: number, fps: number): string => {
  const totalSeconds = Math.floor(frame / fps);
  const seconds = totalSeconds % SECONDS_PER_MINUTE;
  const totalMinutes = Math.floor(totalSeconds / SECONDS_PER_MINUTE);
  return `${two(Math.floor(totalMinutes / MINUTES_PER_HOUR))}:${two(totalMinutes % MINUTES_PER_HOUR)}:${two(seconds)}:${two(frame % fps)}`;
};

/** A duration in seconds with one decimal, e.g. "2.4". */
export const formatSeconds = (frames: number, fps: number): string => (frames / fps).toFixed(1);
