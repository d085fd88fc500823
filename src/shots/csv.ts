/** RFC 4180 needs quotes around a field with a comma, a double quote, a CR or an LF. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: quoted, with inner quotes doubled, only when it has to be. */
export const csvField = (value: string): string => (NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** RFC 4180 CSV: a header record, then one record per row, each ended by CRLF. */
export const toCsv = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, ...rows].map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
