/** A subtitle file split into lines, with what had to be normalised on the way. */
export type SourceLines = {
  /** Line i of the file is lines[i - 1]. */
  readonly lines: readonly string[];
  readonly hadBom: boolean;
  /** Line numbers that ended in a lone CR (old Mac files): read as line ends. */
  readonly loneCrLines: readonly number[];
};

const BOM = '\uFEFF';

/** Splits a decoded file into lines: CRLF, CR and LF all end a line, a leading byte-order mark is dropped. */
export const sourceLines = (text: string): SourceLines => {
  const hadBom = text.startsWith(BOM);
  const body = hadBom ? text.slice(1) : text;
  const lines: string[] = [];
  const loneCrLines: number[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\n' && c !== '\r') continue;
    lines.push(body.slice(start, i));
    if (c === '\r' && body[i + 1] === '\n') i++;
    else if (c === '\r') loneCrLines.push(lines.length);
    start = i + 1;
  }
  lines.push(body.slice(start));
  return { lines, hadBom, loneCrLines };
};

/** Decodes a file's bytes as UTF-8, or returns null when they are not UTF-8 (SRT from old tools is often Latin-1). */
export const decodeUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};
