import { Sequence } from 'remotion';
import type { ResolvedEpisode } from '../timeline';
import type { Look } from '../style';
import { Recap } from './Recap';
import { TitleCard } from './TitleCard';
import { titleCardOf } from './title-card';

/** What packaging adds to an episode: the "previously" recap before the first beat, and the title card over the opening. */
export const PackagingLayers = ({ episode, look }: { readonly episode: ResolvedEpisode; readonly look: Look }) => {
  const card = titleCardOf(episode);
  return (
    <>
      {episode.recap ? (
        <Sequence durationInFrames={episode.recap.durationInFrames} name="previously">
          <Recap recap={episode.recap} look={look} safeArea={episode.safeArea} />
        </Sequence>
      ) : null}
      {card ? (
        <Sequence from={card.fromInFrames} durationInFrames={card.durationInFrames} name="title card">
          <TitleCard plan={card} look={look} />
        </Sequence>
      ) : null}
    </>
  );
};
