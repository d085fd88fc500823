import { critical, quote } from '../../safe-zones';
import { readableTextColor } from '../shared/colors';
import { PHONE_UI_FONT } from '../shared/fonts';
import { BUBBLE_MAX_WIDTH_PX, BUBBLE_PADDING_X_PX, BUBBLE_PADDING_Y_PX, CHAT_FONT_SIZE_PX, CHAT_LINE_HEIGHT } from './chat-layout';

/** Grey of the contact's bubbles on the dark thread. */
export const THEM_BUBBLE_COLOR = '#2c2c30';
const RADIUS_PX = 42;
/** The corner nearest the sender on the last bubble of a run: the "tail". */
const TAIL_RADIUS_PX = 10;
/** Scale a bubble pops from. */
const POP_FROM_SCALE = 0.72;
/** How close to its resting size a bubble must be for `cliffhanger check` to measure it (the pop spring overshoots). */
const SETTLED_WITHIN = 0.01;

type ChatBubbleProps = {
  readonly text: string;
  readonly from: 'me' | 'them';
  readonly tailed: boolean;
  /** Pop-in progress, 0–1 (springs may overshoot). */
  readonly pop: number;
  readonly accent: string;
  /** Field path of the message, e.g. `episode.beats[3].insert.messages[1]`. */
  readonly source: string;
};

/** One message bubble: grey on the left for the contact, accent on the right for the phone owner. */
export const ChatBubble = ({ text, from, tailed, pop, accent, source }: ChatBubbleProps) => {
  const mine = from === 'me';
  const tail = tailed ? TAIL_RADIUS_PX : RADIUS_PX;
  const background = mine ? accent : THEM_BUBBLE_COLOR;
  return (
    <div
      {...critical({ label: `chat bubble ${quote(text)}`, source, settling: Math.abs(1 - pop) > SETTLED_WITHIN })}
      style={{
        alignSelf: mine ? 'flex-end' : 'flex-start', maxWidth: BUBBLE_MAX_WIDTH_PX,
        padding: `${BUBBLE_PADDING_Y_PX}px ${BUBBLE_PADDING_X_PX}px`, background,
        borderRadius: mine ? `${RADIUS_PX}px ${RADIUS_PX}px ${tail}px ${RADIUS_PX}px` : `${RADIUS_PX}px ${RADIUS_PX}px ${RADIUS_PX}px ${tail}px`,
        color: mine ? readableTextColor(accent) : '#ffffff', fontFamily: PHONE_UI_FONT,
        fontSize: CHAT_FONT_SIZE_PX, lineHeight: CHAT_LINE_HEIGHT, overflowWrap: 'anywhere',
        transform: `scale(${POP_FROM_SCALE + (1 - POP_FROM_SCALE) * pop})`,
        transformOrigin: mine ? '100% 100%' : '0% 100%', opacity: Math.min(1, pop * 3),
      }}
    >
      {text}
    </div>
  );
};
