/** Milliseconds of a frame at a frame rate, rounded to whole ms (SRT and WebVTT keep three decimals). */
export const frameToMs = (frame: number, fps: number): number => Math.round((frame * 1000) / fps);

/** The frame nearest a time in milliseconds. frameToMs then msToFrame gives the frame back exactly. */
export const msToFrame = (ms: number, fps: number): number => Math.round((ms * fps) / 1000);

/** Seconds to whole frames, rounded to the nearest frame (overrides are authored in seconds). */
export const secondsToNearestFrames = (seconds: number, fps: number): number => Math.round(seconds * fps);

/** Frames as messages print seconds: up to two decimals ("0.4 s", "1.27 s"). */
export const framesAsSeconds = (frames: number, fps: number): string => `${Number((frames / fps).toFixed(2))} s`;
