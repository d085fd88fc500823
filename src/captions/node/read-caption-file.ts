import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FieldPath, Problem } from '../../errors';
import type { EpisodeJob } from '../../schema';
import { isInsidePublic } from '../../validate/check-media';
import { noteToProblem } from '../notes';
import { parseSubtitles } from '../parse/parse-subtitles';
import { decodeUtf8 } from '../parse/source-lines';
import type { CaptionFile } from '../track/build-track';

/** A subtitle file as users name it: relative to the project, under public/. */
export const shownCaptionPath = (src: string): string => `public/${src}`;

/** Reads an episode's subtitle file from public/, or says what is wrong with its path or its bytes. */
export const readCaptionFile = ({ src, publicDir }: { src: string; publicDir: string }): { file: CaptionFile } | { problem: { path: FieldPath; message: string; fix: string } } => {
  const at: FieldPath = ['captions', 'src'];
  if (!isInsidePublic(src)) return { problem: { path: at, message: `must be a path inside public/, but got "${src}"`, fix: `Copy the file into public/ and give its path relative to public/, e.g. "${path.basename(src)}"` } };
  const full = path.join(publicDir, src);
  if (!existsSync(full)) return { problem: { path: at, message: `must name a file in public/, but public/${src} does not exist`, fix: 'Check the spelling, or add the file there' } };
  if (!statSync(full).isFile()) return { problem: { path: at, message: `must name a file in public/, but public/${src} is a folder`, fix: 'Add the name of the file inside it' } };
  const text = decodeUtf8(readFileSync(full));
  if (text === null) return { problem: { path: at, message: `must name a UTF-8 text file, but public/${src} is not UTF-8 (Latin-1 or UTF-16?)`, fix: 'Save the file as UTF-8' } };
  return { file: { path: shownCaptionPath(src), text } };
};

/**
 * What stops an episode's subtitle file from being used, checked before anything renders: a bad path, a missing or
 * non-UTF-8 file, a line that cannot be read. Warnings are not problems: `cliffhanger lint` and `captions` report them.
 */
export const checkCaptionFile = ({ job, publicDir, episodeFile, pathPrefix = [] }: { job: EpisodeJob; publicDir: string; episodeFile: string; pathPrefix?: FieldPath }): Problem[] => {
  const src = job.episode.captions?.src;
  if (src === undefined) return [];
  const read = readCaptionFile({ src, publicDir });
  if ('problem' in read) return [{ ...read.problem, file: episodeFile, path: [...pathPrefix, ...read.problem.path] }];
  const parsed = parseSubtitles({ text: read.file.text, expected: /\.vtt$/i.test(src) ? 'vtt' : 'srt' });
  return parsed.errors.map((note) => noteToProblem(note, { episodeFile, captionFile: read.file.path, pathPrefix }));
};

/** The subtitle files of the episodes that name one, by episode id; files that cannot be read are left out (validation reports them). */
export const readCaptionFiles = ({ episodes, publicDir }: { episodes: readonly { id: string; job: EpisodeJob }[]; publicDir: string }): Map<string, CaptionFile> =>
  new Map(
    episodes.flatMap(({ id, job }): [string, CaptionFile][] => {
      const src = job.episode.captions?.src;
      if (src === undefined) return [];
      const read = readCaptionFile({ src, publicDir });
      return 'file' in read ? [[id, read.file]] : [];
    }),
  );
