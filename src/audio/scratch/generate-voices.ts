import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureCacheFolder } from '../generate-sounds';
import { wavSeconds } from '../synth/wav';
import { isMissingEngine, speak } from './espeak';
import type { ScratchLine } from './scratch-lines';

// Tuning: a scratch voice longer than its line's slot is made again this much faster than needed to fit, and never
// faster than MAX_WPM (espeak-ng turns to mush beyond it; the render trims whatever still overruns).
const REFIT_MARGIN = 1.08;
const MAX_WPM = 320;

/** What generating scratch voices did: how many files were made, and whether the engine was missing. */
export type ScratchReport = { readonly made: number; readonly engineMissing: boolean };

const speakToFit = async ({ line, file }: { line: ScratchLine; file: string }): Promise<void> => {
  const temp = `${file}.${process.pid}.partial.wav`;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    await speak({ text: line.text, settings: line.settings, wordsPerMinute: line.settings.wordsPerMinute, out: temp });
    const slotSeconds = line.slotInFrames / line.fps;
    const seconds = wavSeconds(readFileSync(temp)) ?? 0;
    if (seconds > slotSeconds) {
      const faster = Math.min(MAX_WPM, line.settings.wordsPerMinute * (seconds / slotSeconds) * REFIT_MARGIN);
      await speak({ text: line.text, settings: line.settings, wordsPerMinute: faster, out: temp });
    }
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
};

/** Speaks every scratch line that is not cached yet into public/cliffhanger-cache/voices/; stops at the first sign that espeak-ng is missing. */
export const generateScratchVoices = async ({ lines, publicDir }: { lines: readonly ScratchLine[]; publicDir: string }): Promise<ScratchReport> => {
  const todo = lines.filter((line) => !existsSync(path.join(publicDir, line.src)));
  if (todo.length === 0) return { made: 0, engineMissing: false };
  ensureCacheFolder(publicDir);
  let made = 0;
  for (const line of todo) {
    const file = path.join(publicDir, line.src);
    try {
      await speakToFit({ line, file });
      made++;
    } catch (error) {
      if (isMissingEngine(error)) return { made, engineMissing: true };
      throw error;
    }
  }
  return { made, engineMissing: false };
};
