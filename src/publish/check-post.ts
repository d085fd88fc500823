import type { Platform, Series } from '../schema';
import type { FieldPath, Problem } from '../errors';
import type { PlatformLimits } from './limits';
import type { PostText } from './post-text';
import type { PublishInput } from './plan';

const count = (n: number): string => n.toLocaleString('en-US');

/** The field a caption, title or hashtag list comes from: the episode's, the platform's in the series, or the series'. */
const sourceOf = ({ field, series, seriesFile, input, platform }: { field: 'caption' | 'title' | 'hashtags'; series: Series; seriesFile: string; input: PublishInput; platform: Platform }): { file: string; path: FieldPath } => {
  const episodeOwn = field === 'title' ? undefined : input.episode.publish?.[field];
  if (episodeOwn !== undefined) return { file: input.file, path: ['publish', field] };
  if (series.publish?.platforms[platform]?.[field] !== undefined) return { file: seriesFile, path: ['publish', 'platforms', platform, field] };
  return { file: seriesFile, path: ['publish', field] };
};

/** A post's caption, title and hashtags against a platform's limits. */
export const checkPost = ({ post, limits, series, seriesFile, input }: { post: PostText; limits: PlatformLimits; series: Series; seriesFile: string; input: PublishInput }): Problem[] => {
  const problems: Problem[] = [];
  const where = (field: 'caption' | 'title' | 'hashtags') => sourceOf({ field, series, seriesFile, input, platform: limits.platform });
  const n = input.episode.number;
  if (limits.captionMaxChars !== null && post.caption.length > limits.captionMaxChars) {
    problems.push({ ...where('caption'), message: `makes a ${limits.name} caption of ${count(post.caption.length)} characters for episode ${n} (hashtags included), but ${limits.name} takes ${count(limits.captionMaxChars)} at most`, fix: 'Shorten the caption, or use fewer hashtags' });
  }
  if (limits.titleMaxChars !== null && post.title.length > limits.titleMaxChars) {
    problems.push({ ...where('title'), message: `makes a ${limits.name} title of ${count(post.title.length)} characters for episode ${n}, but ${limits.name} takes ${count(limits.titleMaxChars)} at most`, fix: 'Shorten the title template, or the episode title' });
  }
  if (limits.maxHashtags !== null && post.hashtags.length > limits.maxHashtags) {
    problems.push({ ...where('hashtags'), message: `gives episode ${n} ${post.hashtags.length} hashtags on ${limits.name}, which takes ${limits.maxHashtags} at most`, fix: `Keep the ${limits.maxHashtags} that matter most, or give ${limits.name} its own list in publish.platforms.${limits.platform}.hashtags` });
  }
  return problems;
};
