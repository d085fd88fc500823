import path from 'node:path';
import { CliffhangerError } from '../errors';

/** What a storyboard file is: A4 pages to print, or one long image to read on a phone. */
export type BoardFormat = 'pdf' | 'png';

/** The format an output path names by its extension (case-insensitive); anything else is a user's mistake. */
export const boardFormat = (outPath: string): BoardFormat => {
  const ext = path.extname(outPath).slice(1).toLowerCase();
  if (ext === 'pdf' || ext === 'png') return ext;
  throw CliffhangerError.plain(
    '--out',
    `must end in .pdf (A4 pages to print) or .png (one long image to read on a phone), but got "${outPath}"`,
    'Name the file e.g. board.pdf or board.png',
  );
};
