import { Easing, interpolate, useCurrentFrame } from 'remotion';
import type { EmailInsert } from '../../schema';
import { centerOf, critical, quote } from '../../safe-zones';
import type { InsertProps } from '../insert-view';
import { PhoneFrame } from '../phone/phone-frame';
import { DEFAULT_CLOCK, phoneLayout } from '../phone/phone-layout';
import { inkOnLight } from '../shared/colors';
import { PHONE_UI_FONT } from '../shared/fonts';
import { Marker } from '../shared/marker';
import { pushInTransform, scanThenPushProgress, scrollToClueProgress } from '../shared/push-in';
import { EmailHeader, MailNavBar } from './email-chrome';
import { MailToolbar } from './mail-toolbar';
import {
  BODY_FONT_SIZE_PX, BODY_LINE_HEIGHT, CONTENT_PADDING_X_PX, CONTENT_TOP_PX, layoutEmail, NAV_BAR_BOTTOM_PX, PARAGRAPH_GAP_PX, splitHighlight,
} from './email-layout';

/** Highlighter sweep and push timing, as in DocumentPage. */
const SWEEP_FRAMES = 20;
const PUSH_FRAMES = 36;
const PUSH_MAX_SCALE = 1.2;
const SCAN_SHARE = 0.1;
/** The toolbar sits below the safe area (canvas y ≥ 1450), above the home indicator. */
const TOOLBAR_HEIGHT_PX = 150;
const TOOLBAR_ICON_BOTTOM_PX = 56;


/** A light-mode mail app reading view; the incriminating phrase gets a highlighter stroke and a push-in. */
export const EmailView = ({ insert, timing, style, safeArea, source }: InsertProps<EmailInsert>) => {
  const frame = useCurrentFrame();
  const from = timing.itemFromInFrames[0] ?? 0;
  const split = splitHighlight(insert.body, insert.highlight);
  const phone = phoneLayout(safeArea);
  const center = centerOf(safeArea);
  const { highlightY, scrollPx } = layoutEmail(insert, phone);
  const scrolled = scrollPx * scrollToClueProgress({ frame, fromInFrames: from });
  const marker = interpolate(frame, [from, from + SWEEP_FRAMES], [0, 1], {
    extrapolateLeft: 'clamp', extrapolateRight: 'clamp', easing: Easing.out(Easing.quad),
  });
  const camera =
    highlightY === null
      ? undefined
      : pushInTransform({
          focus: { x: center.x, y: phone.screen.y + highlightY + scrollPx - scrolled },
          target: center,
          progress: scanThenPushProgress({ frame, fromInFrames: from, pushFrames: PUSH_FRAMES, scanShare: SCAN_SHARE }),
          maxScale: PUSH_MAX_SCALE,
        });
  const tint = inkOnLight(style.palette.accent);
  return (
    <PhoneFrame phone={phone} mode="light" clock={DEFAULT_CLOCK} backdrop={style.palette.background} backdropGlow={style.palette.surface} screenColor="#ffffff" cameraTransform={camera}>
      <div
        style={{
          position: 'absolute', left: CONTENT_PADDING_X_PX, right: CONTENT_PADDING_X_PX, top: CONTENT_TOP_PX - scrolled,
          fontFamily: PHONE_UI_FONT, color: '#111114',
        }}
      >
        <EmailHeader insert={insert} tint={tint} />
        {insert.body.map((paragraph, i) => (
          <p key={i} style={{ margin: `0 0 ${PARAGRAPH_GAP_PX}px`, fontSize: BODY_FONT_SIZE_PX, lineHeight: BODY_LINE_HEIGHT }}>
            {split && split.paragraph === i ? (
              <>
                {split.before}
                <span {...critical({ label: `highlighted phrase ${quote(split.match)}`, source: `${source}.highlight`, settling: frame < from + PUSH_FRAMES })}>
                  <Marker progress={marker}>{split.match}</Marker>
                </span>
                {split.after}
              </>
            ) : (
              paragraph
            )}
          </p>
        ))}
      </div>
      <div style={{ position: 'absolute', left: 0, right: 0, top: 0, height: NAV_BAR_BOTTOM_PX, background: '#ffffff' }} />
      <div style={{ position: 'absolute', left: 0, right: 0, bottom: 0, height: TOOLBAR_HEIGHT_PX, background: '#f7f7f9', borderTop: '2px solid #e2e2e6' }} />
      <MailToolbar tint={tint} bottomPx={TOOLBAR_ICON_BOTTOM_PX} />
      <MailNavBar tint={tint} />
    </PhoneFrame>
  );
};
