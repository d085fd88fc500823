import type { Insert, SeriesStyle } from '../schema';
import type { Rect } from '../safe-zones';
import type { InsertTiming } from '../timeline';
import { ChatThread } from './chat/chat-thread';
import { DocumentPage } from './document/document-page';
import { EmailView } from './email/email-view';
import { MissedCall } from './missed-call/missed-call';
import { NotificationBanner } from './notification/notification-banner';
import { PhotoInsert } from './photo/photo-insert';

/** What every insert draws from: its content and timing, the series style, the safe area its evidence stays in, and its field path. */
export type InsertProps<I extends Insert = Insert> = {
  readonly insert: I;
  readonly timing: InsertTiming;
  readonly style: SeriesStyle;
  /** The episode's safe area (ResolvedEpisode.safeArea): clue text stays inside it. */
  readonly safeArea: Rect;
  /** Field path of the insert, e.g. `episode.beats[3].insert`, naming its clue in `cliffhanger check`. */
  readonly source: string;
};

/** Draws an insert full frame (1080x1920); frame 0 is the start of its beat. */
export const InsertView = (props: InsertProps) => {
  const { insert } = props;
  switch (insert.kind) {
    case 'chat':
      return <ChatThread {...props} insert={insert} />;
    case 'notification':
      return <NotificationBanner {...props} insert={insert} />;
    case 'missed-call':
      return <MissedCall {...props} insert={insert} />;
    case 'document':
      return <DocumentPage {...props} insert={insert} />;
    case 'photo':
      return <PhotoInsert {...props} insert={insert} />;
    case 'email':
      return <EmailView {...props} insert={insert} />;
    default:
      return insert satisfies never;
  }
};
