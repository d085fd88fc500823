import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EpisodeJob } from '../schema';
import type { FieldPath, FieldProblem } from '../errors';

/** Every media path a job references, with its field path. */
export const mediaReferences = (job: EpisodeJob): { path: FieldPath; src: string }[] =>
  job.episode.beats.flatMap((beat, b) => {
    const refs: { path: FieldPath; src: string }[] = [];
    if (beat.media) refs.push({ path: ['episode', 'beats', b, 'media', 'src'], src: beat.media.src });
    if (beat.type === 'insert' && beat.insert.kind === 'photo' && beat.insert.src) {
      refs.push({ path: ['episode', 'beats', b, 'insert', 'src'], src: beat.insert.src });
    }
    return refs;
  });

/** Whether a media path stays inside public/ (no absolute paths, no "..", no URLs). */
export const isInsidePublic = (src: string): boolean => {
  if (path.isAbsolute(src) || /^[a-z]+:/i.test(src) || src.startsWith('/')) return false;
  const normalized = path.posix.normalize(src.replaceAll('\\', '/'));
  return !normalized.startsWith('../') && normalized !== '..';
};

/** Media paths that leave public/ or name files that do not exist there. Plain Node, no browser. */
export const checkMedia = ({ job, publicDir }: { job: EpisodeJob; publicDir: string }): FieldProblem[] =>
  mediaReferences(job).flatMap(({ path: fieldPath, src }): FieldProblem[] => {
    if (!isInsidePublic(src)) {
      return [
        {
          path: fieldPath,
          message: `must be a path inside public/, but got "${src}"`,
          fix: `Copy the file into public/ and give its path relative to public/, e.g. "${job.series.id}/${path.basename(src)}"`,
        },
      ];
    }
    const full = path.join(publicDir, src);
    if (!existsSync(full)) {
      return [{ path: fieldPath, message: `must name a file in public/, but public/${src} does not exist`, fix: 'Check the spelling, or add the file there' }];
    }
    if (!statSync(full).isFile()) {
      return [{ path: fieldPath, message: `must name a file in public/, but public/${src} is a folder`, fix: 'Add the name of the file inside it' }];
    }
    return [];
  });
