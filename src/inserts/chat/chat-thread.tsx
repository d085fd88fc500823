import { useCurrentFrame, useVideoConfig } from 'remotion';
import type { ChatInsert } from '../../schema';
import type { InsertProps } from '../insert-view';
import { PhoneFrame } from '../phone/phone-frame';
import { DEFAULT_CLOCK, DEFAULT_TIME_LABEL, phoneLayout } from '../phone/phone-layout';
import { mixColors } from '../shared/colors';
import { PHONE_UI_FONT, UI_WEIGHT } from '../shared/fonts';
import { ChatBubble } from './chat-bubble';
import { ChatHeader, ChatInputBar } from './chat-chrome';
import {
  endsRun, gapBeforePx, popProgress, scrollCatchUpPx, threadBottomPx, THREAD_DATE_BLOCK_PX, THREAD_PADDING_BOTTOM_PX, THREAD_PADDING_TOP_PX,
  THREAD_TOP_PX, receiptIndex, RECEIPT_BLOCK_PX, RECEIPT_FONT_SIZE_PX, threadStateAt,
} from './chat-layout';
import { TypingIndicator } from './typing-indicator';

/** Above the first bubble, as iMessage prints it. */
const THREAD_DATE_LABEL = `Today ${DEFAULT_TIME_LABEL}`;
const SCREEN_COLOR = '#000000';

/** The delivery receipt under the owner's newest bubble: "Read" once the contact has answered or is typing. */
const Receipt = ({ read }: { readonly read: boolean }) => (
  <div
    style={{
      height: RECEIPT_BLOCK_PX, paddingTop: 6, boxSizing: 'border-box', alignSelf: 'flex-end', color: '#8e8e96',
      fontFamily: PHONE_UI_FONT, fontSize: RECEIPT_FONT_SIZE_PX, fontWeight: UI_WEIGHT.regular, lineHeight: 1.2,
    }}
  >
    {read ? 'Read' : 'Delivered'}
  </div>
);


/** A dark-mode messages thread; bubbles pop in on cue after the contact's typing dots, newest kept in view. */
export const ChatThread = ({ insert, timing, style, safeArea, source }: InsertProps<ChatInsert>) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const { messages } = insert;
  const { shown, typingFor } = threadStateAt(timing, frame);
  const typingFrom = typingFor === null ? null : (timing.typingFromInFrames[typingFor] ?? null);
  const receipt = receiptIndex(messages, shown);
  const phone = phoneLayout(safeArea);
  const bottomPx = threadBottomPx(phone);
  const catchUp = scrollCatchUpPx({ messages, timing, frame, fps, threadHeightPx: bottomPx - THREAD_TOP_PX });
  return (
    <PhoneFrame phone={phone} mode="dark" clock={DEFAULT_CLOCK} backdrop={style.palette.background} backdropGlow={style.palette.surface} screenColor={SCREEN_COLOR}>
      <div
        style={{
          position: 'absolute', left: 0, right: 0, top: THREAD_TOP_PX, height: bottomPx - THREAD_TOP_PX,
          overflow: 'hidden', display: 'flex', flexDirection: 'column', justifyContent: 'flex-end',
        }}
      >
        <div
          style={{
            minHeight: '100%', flexShrink: 0, display: 'flex', flexDirection: 'column', boxSizing: 'border-box',
            padding: `${THREAD_PADDING_TOP_PX}px 30px ${THREAD_PADDING_BOTTOM_PX}px`, transform: `translateY(${catchUp.toFixed(2)}px)`,
          }}
        >
          <div
            style={{
              height: THREAD_DATE_BLOCK_PX, textAlign: 'center', color: '#8e8e96', fontFamily: PHONE_UI_FONT, fontSize: 40,
            }}
          >
            {THREAD_DATE_LABEL}
          </div>
          {messages.slice(0, shown).map((message, i) => (
            <div key={i} style={{ marginTop: gapBeforePx(messages, i), display: 'flex', flexDirection: 'column' }}>
              <ChatBubble
                text={message.text}
                from={message.from}
                tailed={endsRun(messages, i) || i === shown - 1}
                pop={popProgress({ frame, fromInFrames: timing.itemFromInFrames[i] ?? 0, fps })}
                accent={style.palette.accent}
                source={`${source}.messages[${i}]`}
              />
              {i === receipt ? <Receipt read={shown > i + 1 || typingFor !== null} /> : null}
            </div>
          ))}
          {typingFor !== null && typingFrom !== null ? (
            <div style={{ marginTop: gapBeforePx(messages, typingFor), display: 'flex', flexDirection: 'column' }}>
              <TypingIndicator frame={frame - typingFrom} pop={popProgress({ frame, fromInFrames: typingFrom, fps })} />
            </div>
          ) : null}
        </div>
      </div>
      <ChatHeader contact={insert.contact} accent={style.palette.accent} avatarColor={mixColors(style.palette.muted, '#000000', 0.25)} source={`${source}.contact`} />
      <ChatInputBar topPx={bottomPx} />
    </PhoneFrame>
  );
};
