import type { NotesFit } from '../notes-fit';
import type { StoryboardPanel } from '../panel';
import { Notes } from './Notes';

/** One panel: the beat's still on the left, its notes on the right. */
export const PanelCard = ({ panel, still, fit }: { readonly panel: StoryboardPanel; readonly still: string; readonly fit: NotesFit }) => (
  <article className="panel">
    <div className="still">
      {/* eslint-disable-next-line @remotion/warn-native-media-tag -- playwright prints this page once it has loaded; Remotion never renders it */}
      {still ? <img src={still} alt={`Beat ${panel.number}: ${panel.description}`} /> : null}
    </div>
    <Notes panel={panel} fit={fit} />
  </article>
);
