import type { ChatInsert } from '../../schema';
import { settledSpring } from '../shared/settled-spring';
import type { InsertTiming } from '../../timeline';
import type { PhoneLayout } from '../phone/phone-layout';
import { estimateLineCount } from '../shared/text-estimate';

/** Message text size: the clue, so ≥ 52 px; bigger wraps sooner (about 20 characters a line at 52). */
export const CHAT_FONT_SIZE_PX = 52;
export const CHAT_LINE_HEIGHT = 1.22;
export const BUBBLE_PADDING_X_PX = 34;
export const BUBBLE_PADDING_Y_PX = 20;
/** Widest bubble: 3/4 of the screen, as in iMessage and WhatsApp. */
export const BUBBLE_MAX_WIDTH_PX = 580;
/** Gaps between bubbles of one sender and where the sender changes. */
export const SAME_SENDER_GAP_PX = 8;
export const NEW_SENDER_GAP_PX = 26;
export const TYPING_BUBBLE_HEIGHT_PX = 100;
/** The thread scrolls between the header and the input bar; its bottom is the safe area's bottom (threadBottomPx). */
export const THREAD_TOP_PX = 300;

/** Screen-local bottom of the thread: the bottom of the episode's safe area, so the newest bubble is never under platform UI. */
export const threadBottomPx = (phone: PhoneLayout): number => phone.screenSafe.bottom;
export const THREAD_PADDING_TOP_PX = 24;
export const THREAD_PADDING_BOTTOM_PX = 24;
/** The "Today 11:47 PM" line above the first bubble, with its gap. */
export const THREAD_DATE_BLOCK_PX = 70;
/** "Delivered"/"Read" under the owner's newest bubble: text height plus its gap. */
export const RECEIPT_FONT_SIZE_PX = 40;
export const RECEIPT_BLOCK_PX = 56;
/** Spring of a bubble popping in: quick, with a small overshoot. */
const POP_SPRING = { damping: 14, stiffness: 220, mass: 0.6 } as const;

/** 0 before `fromInFrames`, then springs to 1 (overshooting a little). */
export const popProgress = ({ frame, fromInFrames, fps }: { frame: number; fromInFrames: number; fps: number }): number =>
  frame < fromInFrames ? 0 : settledSpring({ frame: frame - fromInFrames, fps, config: POP_SPRING });

/** Estimated rendered height of a bubble holding `text`. */
export const bubbleHeightPx = (text: string): number =>
  estimateLineCount({ text, widthPx: BUBBLE_MAX_WIDTH_PX - 2 * BUBBLE_PADDING_X_PX, fontSizePx: CHAT_FONT_SIZE_PX }) *
    CHAT_FONT_SIZE_PX * CHAT_LINE_HEIGHT + 2 * BUBBLE_PADDING_Y_PX;

/** Gap above message `index`: small inside a run of one sender, larger where the sender changes. */
export const gapBeforePx = (messages: ChatInsert['messages'], index: number): number =>
  index > 0 && messages[index - 1]?.from === messages[index]?.from ? SAME_SENDER_GAP_PX : NEW_SENDER_GAP_PX;

/** Whether message `index` ends a run of one sender (it gets the tail corner). */
export const endsRun = (messages: ChatInsert['messages'], index: number): boolean =>
  messages[index + 1]?.from !== messages[index]?.from;

/** What the thread shows at `frame`: how many bubbles, and which message's typing indicator (or null). */
export const threadStateAt = (timing: InsertTiming, frame: number): { shown: number; typingFor: number | null } => {
  const shown = timing.itemFromInFrames.filter((from) => from <= frame).length;
  const typingFrom = timing.typingFromInFrames[shown];
  return { shown, typingFor: typingFrom !== null && typingFrom !== undefined && typingFrom <= frame ? shown : null };
};

/** Index of the owner's newest bubble among the first `shown`, which carries the receipt; null when none. */
export const receiptIndex = (messages: ChatInsert['messages'], shown: number): number | null => {
  const index = messages.slice(0, shown).map((m) => m.from).lastIndexOf('me');
  return index < 0 ? null : index;
};

const contentHeightPx = (messages: ChatInsert['messages'], timing: InsertTiming, frame: number): number => {
  const { shown, typingFor } = threadStateAt(timing, frame);
  let height = THREAD_PADDING_TOP_PX + THREAD_DATE_BLOCK_PX + THREAD_PADDING_BOTTOM_PX;
  messages.slice(0, shown).forEach((m, i) => (height += gapBeforePx(messages, i) + bubbleHeightPx(m.text)));
  if (typingFor !== null) height += gapBeforePx(messages, typingFor) + TYPING_BUBBLE_HEIGHT_PX;
  if (receiptIndex(messages, shown) !== null) height += RECEIPT_BLOCK_PX;
  return height;
};

/**
 * The thread is bottom-anchored once it overflows, so a new bubble shoves older ones up at once.
 * This is how far to draw the thread lower so that shove plays as a slide instead (0 once settled).
 */
export const scrollCatchUpPx = ({ messages, timing, frame, fps, threadHeightPx }: {
  messages: ChatInsert['messages'];
  timing: InsertTiming;
  frame: number;
  fps: number;
  threadHeightPx: number;
}): number => {
  const starts = [...timing.itemFromInFrames, ...timing.typingFromInFrames].filter(
    (f): f is number => f !== null && f <= frame,
  );
  if (starts.length === 0) return 0;
  const last = Math.max(...starts);
  const now = contentHeightPx(messages, timing, frame);
  const growth = now - contentHeightPx(messages, timing, last - 1);
  const overflow = Math.max(0, now - threadHeightPx);
  const remaining = 1 - Math.min(1, popProgress({ frame, fromInFrames: last, fps }));
  return remaining * Math.min(Math.max(0, growth), overflow);
};
