import type { Episode, Platform, Series } from '../schema';
import type { Problem } from '../errors';
import { limitsFor, type PlatformLimits } from './limits';
import { postTextOf, type PostText } from './post-text';
import { checkPost } from './check-post';

// Tuning: quality of every platform encode (x264 CRF: lower is better and bigger) under the platform's
// bitrate cap. SIZE_MARGIN leaves room for the container and the encoder overshooting its average;
// below MIN_VIDEO_KBPS a 1080x1920 picture falls apart, so an episode that needs less to fit a size
// limit is an error rather than a blurry upload. ASSUMED_AUDIO_KBPS is the most a copied master mix takes.
export const PLATFORM_CRF = 20;
const SIZE_MARGIN = 0.9;
const MIN_VIDEO_KBPS = 1_000;
const ASSUMED_AUDIO_KBPS = 320;
/** The master's mix is AAC at this bitrate or more (192 kbps when mastered, 320 kbps when silent): copied where a platform asks for less. */
const MASTER_AUDIO_KBPS = 192;

/** How one platform's file is made from the master: the same for platforms that can share one encode. */
export type EncodeProfile = {
  readonly crf: number;
  readonly maxVideoKbps: number;
  readonly gopFrames: number;
  /** Copy the master's mix, or re-encode it under a platform's audio bitrate limit. */
  readonly audioKbps: number | 'copy';
};

/** One episode on one platform: its limits, how it is encoded and what is posted with it. */
export type PlannedVariant = { readonly platform: Platform; readonly limits: PlatformLimits; readonly encode: EncodeProfile; readonly post: PostText };

/** The episode before or after, as the manifest names it. */
export type EpisodeRef = { readonly id: string; readonly number: number; readonly title: string };

/** One episode of a publish run. */
export type PlannedEpisode = {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly durationInSeconds: number;
  readonly previous: EpisodeRef | null;
  readonly next: EpisodeRef | null;
  readonly variants: readonly PlannedVariant[];
};

/** What publish is given for each episode: its id and file, the validated episode and its length as it will render. */
export type PublishInput = { readonly id: string; readonly file: string; readonly episode: Episode; readonly durationInFrames: number; readonly fps: number };

const seconds = (value: number): string => `${Number(value.toFixed(2))} s`;

const durationProblems = ({ input, limits, platform }: { input: PublishInput; limits: PlatformLimits; platform: Platform }): Problem[] => {
  const d = input.durationInFrames / input.fps;
  const file = input.file;
  if (d > limits.maxSeconds + 1e-9) {
    return [{ file, path: [], message: `runs ${seconds(d)}, longer than ${limits.name} takes (${seconds(limits.maxSeconds)} at most); nothing is cut to fit`, fix: `Shorten the episode to ${seconds(limits.maxSeconds)} or less, or leave ${platform} out of --platforms` }];
  }
  if (d < limits.minSeconds - 1e-9) {
    return [{ file, path: [], message: `runs ${seconds(d)}, shorter than ${limits.name} takes (${seconds(limits.minSeconds)} at least)`, fix: `Lengthen the episode to ${seconds(limits.minSeconds)} or more, or leave ${platform} out of --platforms` }];
  }
  return [];
};

/** The encode of one platform: CRF quality under the platform's cap, lowered further where a size limit needs it. */
const encodeFor = ({ input, limits }: { input: PublishInput; limits: PlatformLimits }): { encode: EncodeProfile; problems: Problem[] } => {
  const d = Math.max(1 / input.fps, input.durationInFrames / input.fps);
  const min = limits.audioMinKbps;
  const audioKbps = limits.audioMaxKbps ?? (min !== null && min > MASTER_AUDIO_KBPS ? min : 'copy');
  const audioBudget = audioKbps === 'copy' ? ASSUMED_AUDIO_KBPS : audioKbps;
  const bySize = limits.maxBytes === null ? Infinity : Math.floor((limits.maxBytes * SIZE_MARGIN * 8) / d / 1000 - audioBudget);
  const maxVideoKbps = Math.min(limits.maxVideoKbps, bySize);
  const encode: EncodeProfile = { crf: PLATFORM_CRF, maxVideoKbps, gopFrames: limits.gopFrames, audioKbps };
  if (maxVideoKbps >= MIN_VIDEO_KBPS) return { encode, problems: [] };
  const mb = (limits.maxBytes ?? 0) / 1_000_000;
  return {
    encode,
    problems: [{ file: input.file, path: [], message: `runs ${seconds(d)}, too long to fit ${limits.name}'s ${mb} MB limit at a watchable bitrate (${MIN_VIDEO_KBPS} kbps or more)`, fix: `Shorten the episode, or raise publish.platforms.${limits.platform}.limits.maxMegabytes if ${limits.name} takes larger files` }],
  };
};

const refOf = (input: PublishInput | undefined): EpisodeRef | null => (input ? { id: input.id, number: input.episode.number, title: input.episode.title } : null);

/**
 * Everything a publish run will make, checked before the first frame renders: every episode inside every
 * platform's duration and size limits, every caption, title and hashtag list inside its limits. Pure.
 */
export const planPublish = ({ series, seriesFile, episodes, platforms }: { series: Series; seriesFile: string; episodes: readonly PublishInput[]; platforms: readonly Platform[] }): { plan: PlannedEpisode[]; problems: Problem[] } => {
  const problems: Problem[] = [];
  const byNumber = new Map(episodes.map((e) => [e.episode.number, e]));
  const plan = [...episodes]
    .sort((a, b) => a.episode.number - b.episode.number)
    .map((input): PlannedEpisode => {
      const variants = platforms.map((platform): PlannedVariant => {
        const limits = limitsFor({ platform, series });
        const { encode, problems: size } = encodeFor({ input, limits });
        const post = postTextOf({ series, episode: input.episode, platform });
        const duration = durationProblems({ input, limits, platform });
        problems.push(...duration, ...(duration.length > 0 ? [] : size), ...checkPost({ post, limits, series, seriesFile, input }));
        return { platform, limits, encode, post };
      });
      return {
        id: input.id,
        number: input.episode.number,
        title: input.episode.title,
        durationInSeconds: Number((input.durationInFrames / input.fps).toFixed(3)),
        previous: refOf(byNumber.get(input.episode.number - 1)),
        next: refOf(byNumber.get(input.episode.number + 1)),
        variants,
      };
    });
  const seen = new Set<string>();
  return { plan, problems: problems.filter((p) => !seen.has(JSON.stringify(p)) && Boolean(seen.add(JSON.stringify(p)))) };
};
