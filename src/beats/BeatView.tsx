import type { ResolvedBeat, ResolvedEpisode } from '../timeline';
import type { Look } from '../style';
import { CliffhangerCard } from './cliffhanger/Component';
import { DialogueShot } from './dialogue/Component';
import { HookShot } from './hook/Component';
import { InsertShot } from './insert/Component';
import { ReactionShot } from './reaction/Component';

type Props = { readonly resolved: ResolvedBeat; readonly episode: ResolvedEpisode; readonly look: Look };

/** Draws one beat with the component of its type. Adding a beat type fails to compile here until it is handled. */
export const BeatView = ({ resolved, episode, look }: Props) => {
  const { beat } = resolved;
  switch (beat.type) {
    case 'hook':
      return <HookShot beat={beat} resolved={resolved} episode={episode} look={look} />;
    case 'dialogue':
      return <DialogueShot beat={beat} resolved={resolved} episode={episode} look={look} />;
    case 'reaction':
      return <ReactionShot beat={beat} resolved={resolved} episode={episode} look={look} />;
    case 'insert':
      return <InsertShot beat={beat} resolved={resolved} episode={episode} look={look} />;
    case 'cliffhanger':
      return <CliffhangerCard beat={beat} resolved={resolved} episode={episode} look={look} />;
    default:
      return beat satisfies never;
  }
};
