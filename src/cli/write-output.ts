import { writeFileSync } from 'node:fs';
import { writeAtomically } from '../render/atomic-output';

/** Prints a command's text to stdout, or writes it atomically to `out` (a temp file renamed into place). */
export const writeOutput = async ({ text, out }: { text: string; out?: string }): Promise<void> => {
  if (out === undefined) {
    process.stdout.write(text);
    return;
  }
  await writeAtomically(out, async (temp) => writeFileSync(temp, text));
};
