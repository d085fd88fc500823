/** The subtitle formats read and written. */
export type SubtitleFormat = 'srt' | 'vtt';

/** Irregularities of a timestamp that were read anyway. */
export type TimestampQuirk = 'wrong-separator' | 'short-milliseconds' | 'no-milliseconds' | 'no-hours';

/** A timestamp read, with its quirks, or why it could not be read. */
export type TimestampResult = { readonly ms: number; readonly quirks: readonly TimestampQuirk[] } | { readonly error: string };

const TIMESTAMP = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:([,.])(\d*))?$/;

/** What each format writes, for messages. */
export const TIMESTAMP_EXAMPLE: Record<SubtitleFormat, string> = { srt: '00:01:02,500', vtt: '00:01:02.500' };

/**
 * Reads `hh:mm:ss,mmm` (SRT) or `[hh:]mm:ss.mmm` (WebVTT). Short milliseconds are fractions of a second, as players
 * read them: ",5" is 500 ms and ",05" is 50 ms.
 */
export const parseTimestamp = (raw: string, format: SubtitleFormat): TimestampResult => {
  const match = TIMESTAMP.exec(raw);
  if (!match) return { error: `"${raw}" is not a time like ${TIMESTAMP_EXAMPLE[format]}` };
  const [, hours, minutes = '0', seconds = '0', separator, fraction] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return { error: `"${raw}" has ${Number(minutes) > 59 ? 'minutes' : 'seconds'} above 59` };
  if (fraction !== undefined && fraction.length > 3) return { error: `"${raw}" has ${fraction.length} digits of milliseconds, more than 3` };
  const quirks: TimestampQuirk[] = [];
  if (separator !== undefined && separator !== (format === 'srt' ? ',' : '.')) quirks.push('wrong-separator');
  if (fraction === undefined || fraction === '') quirks.push('no-milliseconds');
  else if (fraction.length < 3) quirks.push('short-milliseconds');
  if (hours === undefined && format === 'srt') quirks.push('no-hours');
  const ms = Number((fraction ?? '').padEnd(3, '0') || '0');
  return { ms: ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + ms, quirks };
};

/** A time in milliseconds as the format writes it: 00:01:02,500 or 00:01:02.500. */
export const formatTimestamp = (ms: number, format: SubtitleFormat): string => {
  const whole = Math.max(0, Math.round(ms));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const time = `${pad(Math.floor(whole / 3_600_000))}:${pad(Math.floor(whole / 60_000) % 60)}:${pad(Math.floor(whole / 1000) % 60)}`;
  return `${time}${format === 'srt' ? ',' : '.'}${pad(whole % 1000, 3)}`;
};
