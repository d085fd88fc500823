import type { Insert, SeriesStyle } from '../schema';
import type { InsertTiming } from '../timeline';
import { ChatThread } from './chat/chat-thread';
import { DocumentPage } from './document/document-page';
import { EmailView } from './email/email-view';
import { MissedCall } from './missed-call/missed-call';
import { NotificationBanner } from './notification/notification-banner';
import { PhotoInsert } from './photo/photo-insert';

type InsertViewProps = { readonly insert: Insert; readonly timing: InsertTiming; readonly style: SeriesStyle };

/** Draws an insert full frame (1080x1920); frame 0 is the start of its beat. */
export const InsertView = ({ insert, timing, style }: InsertViewProps) => {
  switch (insert.kind) {
    case 'chat':
      return <ChatThread insert={insert} timing={timing} style={style} />;
    case 'notification':
      return <NotificationBanner insert={insert} timing={timing} style={style} />;
    case 'missed-call':
      return <MissedCall insert={insert} timing={timing} style={style} />;
    case 'document':
      return <DocumentPage insert={insert} timing={timing} style={style} />;
    case 'photo':
      return <PhotoInsert insert={insert} timing={timing} style={style} />;
    case 'email':
      return <EmailView insert={insert} timing={timing} style={style} />;
    default:
      return insert satisfies never;
  }
};
