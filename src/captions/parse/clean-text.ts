import type { SubtitleFormat } from './timestamp';

/** A cue's text lines cleaned for burning in, and what was removed. */
export type CleanText = { readonly text: string; readonly hadTags: boolean; readonly hadMarks: boolean };

// HTML-like tags (<i>, </font>, <c.yellow>, <v Maya>), WebVTT karaoke times (<00:01.500>) and ASS overrides ({\an8}).
const TAGS = /<\/?[a-zA-Z][^>]*>|<\d[\d:.]*>|\{\\[^}]*\}/g;
// The tags WebVTT defines: part of the format, so removing them is reading the file, not repairing it.
const VTT_TAGS = /<\/?(?:[ibuv]|c|lang|ruby|rt)(?:[.\s][^>]*)?>|<\d[\d:.]*>/g;
// Invisible direction marks and zero-width characters that transcription tools leave in: LRM, RLM, ALM,
// embeddings and isolates, zero-width space and joiners, word joiner, BOM, soft hyphen.
const MARKS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '\u200E', rlm: '\u200F',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', mdash: '—', ndash: '–',
};

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/**
 * Strips markup and invisible marks, decodes entities, collapses spaces; keeps the author's line breaks as "\n".
 * hadTags is set only for tags the format does not define (any tag in SRT; <font> or {\an8} in WebVTT).
 */
export const cleanCueText = (lines: readonly string[], format: SubtitleFormat): CleanText => {
  let hadTags = false;
  let hadMarks = false;
  const cleaned = lines.map((line) => {
    // Entities first: a decoded &lrm; is an invisible mark like any other.
    const decoded = decodeEntities(line);
    const own = format === 'vtt' ? decoded.replace(VTT_TAGS, '') : decoded;
    const untagged = own.replace(TAGS, '');
    const unmarked = untagged.replace(MARKS, '');
    hadTags ||= untagged !== own;
    hadMarks ||= unmarked !== untagged;
    return unmarked.replace(/[ \t\u00A0]+/g, ' ').trim();
  });
  return { text: cleaned.filter((line) => line !== '').join('\n'), hadTags, hadMarks };
};
