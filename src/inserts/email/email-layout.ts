import type { EmailInsert } from '../../schema';
import type { PhoneLayout } from '../phone/phone-layout';
import { estimateLineCount } from '../shared/text-estimate';

/** Screen-local bottom of the status and navigation bars; the mail scrolls under them. */
export const NAV_BAR_BOTTOM_PX = 190;
/** Screen-local top of the subject. */
export const CONTENT_TOP_PX = 200;
export const CONTENT_PADDING_X_PX = 44;
/** Subject: the first thing read, so key-text size. */
export const SUBJECT_FONT_SIZE_PX = 54;
export const SUBJECT_LINE_HEIGHT = 1.18;
export const SUBJECT_GAP_PX = 32;
/** Sender row (avatar), "To:" line and the rule under them, as drawn by EmailHeader. */
export const SENDER_BLOCK_PX = 96 + 8 + 52 + 2 * 30 + 2;
/** Body: 44 px, ×1.2 push brings the highlighted phrase to ≈ 53 px. */
export const BODY_FONT_SIZE_PX = 44;
export const BODY_LINE_HEIGHT = 1.42;
export const PARAGRAPH_GAP_PX = 30;
/** The highlight is scrolled up if it would sit lower than this far above the bottom of the safe area. */
const HIGHLIGHT_ABOVE_SAFE_BOTTOM_PX = 120;

/** A sender like "Victor Hale <victor@arclight.studio>" as display name and address. */
export const parseAddress = (from: string): { name: string; address: string | null } => {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (!match) return { name: from.trim(), address: null };
  const address = (match[2] ?? '').trim();
  return { name: (match[1] ?? '').trim() || address, address };
};

export type HighlightSplit = { readonly paragraph: number; readonly before: string; readonly match: string; readonly after: string };

/** The first body paragraph holding `phrase` (case-insensitive), split around it; null when absent. */
export const splitHighlight = (body: readonly string[], phrase: string | undefined): HighlightSplit | null => {
  const needle = phrase?.trim().toLowerCase();
  if (!needle) return null;
  for (const [paragraph, text] of body.entries()) {
    const at = text.toLowerCase().indexOf(needle);
    if (at >= 0) return { paragraph, before: text.slice(0, at), match: text.slice(at, at + needle.length), after: text.slice(at + needle.length) };
  }
  return null;
};

/** Where the highlighted phrase sits once scrolled (screen-local y of its middle) and how far the mail scrolls to show it. */
export const layoutEmail = (insert: EmailInsert, phone: PhoneLayout): { highlightY: number | null; scrollPx: number } => {
  const textWidthPx = phone.screen.width - 2 * CONTENT_PADDING_X_PX;
  const lines = (text: string, fontSizePx: number) => (text.trim() === '' ? 0 : estimateLineCount({ text, widthPx: textWidthPx, fontSizePx }));
  const split = splitHighlight(insert.body, insert.highlight);
  if (!split) return { highlightY: null, scrollPx: 0 };
  const lineHeight = BODY_FONT_SIZE_PX * BODY_LINE_HEIGHT;
  const bodyTop = CONTENT_TOP_PX + lines(insert.subject, SUBJECT_FONT_SIZE_PX) * SUBJECT_FONT_SIZE_PX * SUBJECT_LINE_HEIGHT + SUBJECT_GAP_PX + SENDER_BLOCK_PX;
  const above = insert.body
    .slice(0, split.paragraph)
    .reduce((sum, text) => sum + lines(text, BODY_FONT_SIZE_PX) * lineHeight + PARAGRAPH_GAP_PX, 0);
  const firstLine = Math.max(1, lines(`${split.before}x`, BODY_FONT_SIZE_PX));
  const lastLine = lines(`${split.before}${split.match}`, BODY_FONT_SIZE_PX);
  const y = bodyTop + above + ((firstLine + lastLine) / 2 - 0.5) * lineHeight;
  const scrollPx = Math.max(0, y - (phone.screenSafe.bottom - HIGHLIGHT_ABOVE_SAFE_BOTTOM_PX));
  return { highlightY: y - scrollPx, scrollPx };
};
