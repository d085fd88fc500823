import type { ResolvedEpisode } from '../timeline';
import { CliffhangerError } from '../errors';
import { buildCaptionTrack, trackToSrt, trackToVtt } from '../captions';
import { readCaptionFile } from '../captions/node/read-caption-file';
import type { SidecarFormat } from './platform-specs';

/**
 * The one place publish makes subtitle sidecars: the episode's caption track (src/captions: its script, or its
 * own SRT/VTT file) serialized as SRT or WebVTT, on the same timeline as the video (after any recap).
 */
export const subtitleSidecar = ({ resolved, format, publicDir, episodeFile }: { resolved: ResolvedEpisode; format: SidecarFormat; publicDir: string; episodeFile: string }): string => {
  const src = resolved.episode.captions?.src;
  const read = src === undefined ? null : readCaptionFile({ src, publicDir });
  if (read && 'problem' in read) throw new CliffhangerError([{ file: episodeFile, ...read.problem }]);
  const { track, errors } = buildCaptionTrack({ episode: resolved, file: read ? read.file : null });
  if (errors.length > 0) {
    throw new CliffhangerError(errors.map((e) => ({ file: episodeFile, path: e.path ?? [], message: `${e.fileLine === null ? '' : `line ${e.fileLine}: `}${e.message}`, fix: e.fix })));
  }
  return format === 'srt' ? trackToSrt(track) : trackToVtt(track);
};
