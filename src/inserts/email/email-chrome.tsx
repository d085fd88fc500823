import type { EmailInsert } from '../../schema';
import { Chevron } from '../chat/chat-chrome';
import { DEFAULT_TIME_LABEL, STATUS_BAR_HEIGHT_PX } from '../phone/phone-layout';
import { readableTextColor } from '../shared/colors';
import { PHONE_UI_FONT, UI_WEIGHT } from '../shared/fonts';
import { parseAddress, SUBJECT_FONT_SIZE_PX, SUBJECT_GAP_PX, SUBJECT_LINE_HEIGHT } from './email-layout';

const GREY = '#8a8a90';

/** The mail app's top bar: "‹ Inbox" in the tint colour. */
export const MailNavBar = ({ tint }: { readonly tint: string }) => (
  <div
    style={{
      position: 'absolute', top: STATUS_BAR_HEIGHT_PX + 14, left: 36, display: 'flex', alignItems: 'center', gap: 10,
      color: tint, fontFamily: PHONE_UI_FONT, fontSize: 42,
    }}
  >
    <Chevron color={tint} sizePx={26} direction="left" />
    <span>Inbox</span>
  </div>
);

type EmailHeaderProps = { readonly insert: EmailInsert; readonly tint: string };

/** Subject, then the sender's avatar, name, time and recipients, over a hairline (heights match email-layout.ts). */
export const EmailHeader = ({ insert, tint }: EmailHeaderProps) => {
  const { name } = parseAddress(insert.from);
  return (
    <>
      <div style={{ fontSize: SUBJECT_FONT_SIZE_PX, fontWeight: UI_WEIGHT.heavy, lineHeight: SUBJECT_LINE_HEIGHT, marginBottom: SUBJECT_GAP_PX }}>
        {insert.subject}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 22, height: 96 }}>
        <div
          style={{
            width: 96, height: 96, borderRadius: 48, background: tint, color: readableTextColor(tint), flexShrink: 0,
            display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 44, fontWeight: UI_WEIGHT.semibold,
          }}
        >
          {name.charAt(0).toUpperCase()}
        </div>
        <span style={{ flex: 1, fontSize: 44, fontWeight: UI_WEIGHT.semibold, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{name}</span>
        <span style={{ fontSize: 40, color: GREY }}>{DEFAULT_TIME_LABEL}</span>
      </div>
      <div style={{ marginTop: 8, height: 52, fontSize: 40, color: GREY, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        To: {insert.to}
      </div>
      <div style={{ margin: '30px 0', height: 2, background: '#e2e2e6' }} />
    </>
  );
};
