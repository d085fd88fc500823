import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_SOUNDS, type EpisodeJob, type Music } from '../schema';
import type { FieldPath, FieldProblem } from '../errors';

type Reference = { path: FieldPath; src: string };

/** A sound setting that names a file (not a built-in sound's name, not false). */
const soundFile = (src: string | false | undefined, path: FieldPath): Reference[] =>
  typeof src === 'string' && !(BUILT_IN_SOUNDS as readonly string[]).includes(src) ? [{ path, src }] : [];

const musicFile = (music: Music | false | undefined, path: FieldPath): Reference[] => (music && music.src ? [{ path: [...path, 'src'], src: music.src }] : []);

/** Every media path a job references, with its field path: pictures, photos, recordings, sounds and music. */
export const mediaReferences = (job: EpisodeJob): Reference[] => [
  ...job.episode.beats.flatMap((beat, b) => {
    const refs: Reference[] = [];
    if (beat.media) refs.push({ path: ['episode', 'beats', b, 'media', 'src'], src: beat.media.src });
    if (beat.type === 'insert' && beat.insert.kind === 'photo' && beat.insert.src) {
      refs.push({ path: ['episode', 'beats', b, 'insert', 'src'], src: beat.insert.src });
    }
    beat.dialogue.forEach((line, l) => refs.push(...soundFile(line.voice, ['episode', 'beats', b, 'dialogue', l, 'voice'])));
    refs.push(...soundFile(beat.sound?.roomTone, ['episode', 'beats', b, 'sound', 'roomTone']));
    beat.sound?.effects.forEach((effect, e) => refs.push(...soundFile(effect.src, ['episode', 'beats', b, 'sound', 'effects', e, 'src'])));
    return refs;
  }),
  ...soundFile(job.episode.sound?.roomTone, ['episode', 'sound', 'roomTone']),
  ...musicFile(job.episode.sound?.music, ['episode', 'sound', 'music']),
  ...soundFile(job.series.sound?.roomTone, ['series', 'sound', 'roomTone']),
  ...musicFile(job.series.sound?.music, ['series', 'sound', 'music']),
];

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
