import { execFile } from 'node:child_process';
import type { ScratchVoice } from '../../schema';

/** Environment variable naming the espeak-ng binary (default: espeak-ng on the PATH). */
export const ESPEAK_ENV = 'CLIFFHANGER_ESPEAK';

/** The espeak-ng binary to run. */
export const espeakBinary = (env: NodeJS.ProcessEnv = process.env): string => env[ESPEAK_ENV] || 'espeak-ng';

/** Whether an error means the engine is not installed (rather than that it failed on a line). */
export const isMissingEngine = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/** Speaks one line into a WAV file with espeak-ng. The text goes through stdin, so a line starting with "-" is never read as an option. */
export const speak = ({ text, settings, wordsPerMinute, out, binary = espeakBinary() }: { text: string; settings: ScratchVoice; wordsPerMinute: number; out: string; binary?: string }): Promise<void> =>
  new Promise((resolve, reject) => {
    const args = ['-v', settings.voice, '-p', String(settings.pitch), '-s', String(Math.round(wordsPerMinute)), '-w', out, '--stdin'];
    const child = execFile(binary, args, { timeout: 30_000 }, (error) => (error ? reject(error) : resolve()));
    child.stdin?.end(text);
  });
