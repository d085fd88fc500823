/** How a publish run shows what it does: a line per step, and a progress bar while frames render. */
export type PublishReporter = {
  readonly line: (text: string) => void;
  readonly frames: (label: string, totalFrames: number) => { readonly update: (frames: number, stage: string) => void; readonly stop: () => void };
};

/** A reporter that shows nothing (tests of the pure parts, scripts). */
export const SILENT_REPORTER: PublishReporter = { line: () => undefined, frames: () => ({ update: () => undefined, stop: () => undefined }) };
