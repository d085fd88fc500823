import type { Episode, Platform, Series } from '../schema';
import { seriesPublishSchema } from '../schema';
import { conflictLineOf, fillTemplate } from '../packaging/settings';

const DEFAULT_PUBLISH = seriesPublishSchema.parse({});

/** What to paste into a platform's upload form for one episode. */
export type PostText = {
  readonly title: string;
  /** The caption with the hashtags after it: the whole text the platform counts. */
  readonly caption: string;
  readonly hashtags: readonly string[];
};

/**
 * The post of an episode on a platform, from the series templates: the platform's own template and hashtags where
 * the series sets them, else the series'; the episode's caption replaces the template and its hashtags are added.
 */
export const postTextOf = ({ series, episode, platform }: { series: Series; episode: Episode; platform: Platform }): PostText => {
  const publish = series.publish ?? DEFAULT_PUBLISH;
  const own = publish.platforms[platform];
  const values = { series: series.title, number: episode.number, title: episode.title, conflict: conflictLineOf(episode) };
  const hashtags = [...new Set([...(own?.hashtags ?? publish.hashtags), ...(episode.publish?.hashtags ?? [])])];
  const text = fillTemplate(episode.publish?.caption ?? own?.caption ?? publish.caption, values).trim();
  return {
    title: fillTemplate(own?.title ?? publish.title, values).trim(),
    caption: hashtags.length > 0 ? `${text}\n\n${hashtags.join(' ')}` : text,
    hashtags,
  };
};
