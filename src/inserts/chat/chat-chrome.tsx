import { PHONE_UI_FONT, UI_WEIGHT } from '../shared/fonts';
import { STATUS_BAR_HEIGHT_PX } from '../phone/phone-layout';
import { THEM_BUBBLE_COLOR } from './chat-bubble';
import { critical, quote } from '../../safe-zones';
import { THREAD_TOP_PX } from './chat-layout';

const BAR_COLOR = '#161618';
const HAIRLINE = '2px solid #2a2a2e';
const AVATAR_PX = 100;

/** A chevron drawn from two borders, so it needs no icon font. */
export const Chevron = ({ color, sizePx, direction }: { readonly color: string; readonly sizePx: number; readonly direction: 'left' | 'right' }) => (
  <div
    style={{
      width: sizePx, height: sizePx, borderLeft: `${sizePx / 4}px solid ${color}`, borderBottom: `${sizePx / 4}px solid ${color}`,
      borderRadius: 2, transform: `rotate(${direction === 'left' ? 45 : 225}deg)`,
    }}
  />
);

type ChatHeaderProps = { readonly contact: string; readonly accent: string; readonly avatarColor: string; readonly source: string };

/** Thread header: back chevron, the contact's initial in a circle, their name. */
export const ChatHeader = ({ contact, accent, avatarColor, source }: ChatHeaderProps) => (
  <div
    style={{
      position: 'absolute', left: 0, right: 0, top: 0, height: THREAD_TOP_PX, background: BAR_COLOR,
      borderBottom: HAIRLINE, boxSizing: 'border-box', fontFamily: PHONE_UI_FONT,
    }}
  >
    <div style={{ position: 'absolute', left: 44, top: STATUS_BAR_HEIGHT_PX + 44 }}>
      <Chevron color={accent} sizePx={30} direction="left" />
    </div>
    <div style={{ position: 'absolute', left: 0, right: 0, top: STATUS_BAR_HEIGHT_PX + 6, display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8 }}>
      <div
        style={{
          width: AVATAR_PX, height: AVATAR_PX, borderRadius: AVATAR_PX / 2, background: avatarColor, color: '#fff',
          display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 48, fontWeight: UI_WEIGHT.semibold,
        }}
      >
        {contact.trim().charAt(0).toUpperCase()}
      </div>
      <div {...critical({ label: `chat contact ${quote(contact)}`, source })} style={{ color: '#fff', fontSize: 44, fontWeight: UI_WEIGHT.semibold, maxWidth: 560, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {contact}
      </div>
    </div>
  </div>
);

/** The compose bar under the thread (its top at `topPx`, screen-local): plus button and an empty message field. */
export const ChatInputBar = ({ topPx }: { readonly topPx: number }) => (
  <div
    style={{
      position: 'absolute', left: 0, right: 0, top: topPx, height: 120, display: 'flex', alignItems: 'center',
      gap: 18, padding: '0 30px', fontFamily: PHONE_UI_FONT, boxSizing: 'border-box',
    }}
  >
    <div
      style={{
        width: 72, height: 72, borderRadius: 36, background: THEM_BUBBLE_COLOR, color: '#b0b0b8', fontSize: 56,
        lineHeight: '72px', textAlign: 'center', fontWeight: UI_WEIGHT.regular,
      }}
    >
      +
    </div>
    <div
      style={{
        flex: 1, height: 80, borderRadius: 40, border: '3px solid #3a3a3e', color: '#6e6e76', fontSize: 40,
        display: 'flex', alignItems: 'center', padding: '0 32px', boxSizing: 'border-box',
      }}
    >
      Message
    </div>
  </div>
);
