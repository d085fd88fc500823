import type { NotificationInsert } from '../../schema';
import { AppIcon } from './app-icon';
import { UI_WEIGHT } from '../shared/fonts';

/** Notification text sizes: sender and message are the clue (≥ 52 px), app and time are labels (40). */
const LABEL_FONT_SIZE_PX = 40;
const CLUE_FONT_SIZE_PX = 52;
/** Fake "frosted glass": a translucent grey over the dark wallpaper, no backdrop-filter. */
const CARD_COLOR = 'rgba(72, 72, 78, 0.78)';

type BannerCardProps = { readonly insert: NotificationInsert; readonly accent: string };

/** The notification itself: app row, bold sender, message. */
export const BannerCard = ({ insert, accent }: BannerCardProps) => (
  <div style={{ borderRadius: 44, background: CARD_COLOR, padding: '26px 32px 30px', color: '#fff' }}>
    <div style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: LABEL_FONT_SIZE_PX, color: 'rgba(255,255,255,0.7)' }}>
      <AppIcon app={insert.app} sizePx={60} accent={accent} />
      <span style={{ flex: 1, textTransform: 'uppercase', letterSpacing: 1 }}>{insert.app}</span>
      <span>{insert.time}</span>
    </div>
    <div style={{ marginTop: 16, fontSize: CLUE_FONT_SIZE_PX, fontWeight: UI_WEIGHT.semibold, lineHeight: 1.2 }}>{insert.sender}</div>
    <div
      style={{
        fontSize: CLUE_FONT_SIZE_PX, lineHeight: 1.24, marginTop: 4, display: '-webkit-box', WebkitLineClamp: 5,
        WebkitBoxOrient: 'vertical', overflow: 'hidden',
      }}
    >
      {insert.text}
    </div>
  </div>
);
