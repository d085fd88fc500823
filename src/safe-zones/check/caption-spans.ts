import { buildCaptionTrack, captionStyleOf, cuePages } from '../../captions';
import { readCaptionFile } from '../../captions/node/read-caption-file';
import type { ResolvedEpisode } from '../../timeline';
import type { Span } from './sample-frames';

/**
 * Every caption page an episode burns in (from the script, or from its subtitle file), for `cliffhanger check` to
 * sample. Pages are grouped as the caption track groups them; the track may split a page further when it does not
 * fit, which only adds frames between the ones sampled here. Node only: it reads the subtitle file.
 */
export const captionSpans = ({ episode, publicDir }: { episode: ResolvedEpisode; publicDir: string }): Span[] => {
  const src = episode.episode.captions?.src;
  const read = src === undefined ? null : readCaptionFile({ src, publicDir });
  if (read && !('file' in read)) return [];
  const { track, errors } = buildCaptionTrack({ episode, file: read?.file ?? null });
  if (errors.length > 0) return [];
  const { pageMs } = captionStyleOf({ style: episode.series.style, episode: episode.episode });
  return track.cues.flatMap((cue) => cuePages({ cue, fps: track.fps, pageMs }));
};
