import type { FieldPath, FieldProblem } from '../errors';
import type { ResolvedEpisode } from '../timeline';
import type { EpisodeAssets } from './assets';

/** Rounding slack: half a frame at 30 fps, so a clip cut to the exact length of its beat is never refused. */
const SLACK_SECONDS = 1 / 60;
/** The fastest playbackRate a clip may be given as a fix. */
const MAX_RATE = 4;

const up = (seconds: number): string => (Math.ceil(seconds * 10 - 1e-9) / 10).toFixed(1);
const orList = (items: readonly string[]): string => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`);
const down = (seconds: number): string => (Math.floor(seconds * 10 + 1e-9) / 10).toFixed(1);

/** Trims inside the clip, and clips long enough for their beat after trim and at their playback rate. */
export const checkClipLengths = ({ resolved, assets }: { resolved: ResolvedEpisode; assets: EpisodeAssets }): FieldProblem[] =>
  resolved.beats.flatMap(({ beat, index, durationInFrames, cardFromInFrames }): FieldProblem[] => {
    const picture = assets.pictures[beat.id];
    if (!picture || picture.kind !== 'video' || picture.durationInSeconds === null) return [];
    const media = picture.droppedIn ? undefined : beat.media;
    const at = (...rest: PropertyKey[]): FieldPath => ['episode', 'beats', index, ...rest];
    const clip = picture.durationInSeconds;
    const start = media?.trimStartInSeconds ?? 0;
    const end = media?.trimEndInSeconds ?? clip;
    const rate = media?.playbackRate ?? 1;
    if (start >= clip) return [{ path: at('media', 'trimStartInSeconds'), message: `must be inside the clip (0 to ${down(clip)} s), but got ${start}`, fix: `public/${picture.src} is ${down(clip)} s long` }];
    if (end > clip + SLACK_SECONDS) return [{ path: at('media', 'trimEndInSeconds'), message: `must be at most the clip's length (${down(clip)} s), but got ${end}`, fix: 'Leave it out to play the clip to its end' }];
    if (end <= start) return [{ path: at('media', 'trimEndInSeconds'), message: `must be after trimStartInSeconds (${start}), but got ${end}`, fix: 'The clip plays from trimStartInSeconds to trimEndInSeconds' }];
    // A cliffhanger freezes its picture under the end card, so its clip only has to reach the card.
    const shownSeconds = (beat.type === 'cliffhanger' && cardFromInFrames !== null ? cardFromInFrames : durationInFrames) / resolved.fps;
    const needed = shownSeconds * rate;
    const available = end - start;
    if (available + SLACK_SECONDS >= needed) return [];
    if (!media) {
      return [{ path: at(), message: `uses public/${picture.src} (dropped in by its name), which must last the beat's ${up(shownSeconds)} s, but it is ${down(clip)} s long`, fix: 'Use a longer clip, or name it in the beat\'s media with a trim or a playbackRate' }];
    }
    const fasterRate = Math.ceil((needed / available) * rate * 100) / 100;
    const trimmed = start > 0 || media.trimEndInSeconds !== undefined;
    const fixes = ['Use a longer clip', ...(trimmed ? ['trim less'] : []), ...(fasterRate <= MAX_RATE ? [`raise playbackRate to ${fasterRate}`] : [])];
    return [
      {
        path: at('media'),
        message: `must cover the beat's ${up(shownSeconds)} s (${up(needed)} s of footage at playbackRate ${rate}), but public/${picture.src} has ${down(available)} s from ${start} s${media.trimEndInSeconds === undefined ? '' : ` to ${end} s`}`,
        fix: orList(fixes),
      },
    ];
  });
