import { existsSync } from 'node:fs';
import path from 'node:path';
import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import { mediaKindOf } from './kinds';

/** The tags a camera, an editor or an AI video generator writes about who and what is in a file. */
const DESCRIPTIVE_TAGS = ['title', 'description', 'comment', 'artist', 'album'] as const;

/** A file's descriptive metadata tags as "tag: value" lines; empty when it has none or cannot be read. */
const tagsOf = async (file: string): Promise<string> => {
  const input = new Input({ source: new FilePathSource(file), formats: ALL_FORMATS });
  try {
    if (!(await input.canRead())) return '';
    const tags = await input.getMetadataTags();
    return DESCRIPTIVE_TAGS.flatMap((name) => {
      const value = tags[name];
      return typeof value === 'string' && value.trim() !== '' ? [`${name}: ${value.trim()}`] : [];
    }).join('\n');
  } catch {
    // An unreadable file is validation's to report (with its field and fix), not lint's.
    return '';
  } finally {
    input.dispose();
  }
};

/**
 * Reads the descriptive metadata tags (title, description, comment, artist, album) of the clips and sounds named
 * by `srcs`, paths inside public/, with Mediabunny: headers only, never the media data. Images and missing files
 * are left out. Returns src → "tag: value" lines, for files that have any.
 */
export const readMediaTags = async ({ publicDir, srcs }: { publicDir: string; srcs: Iterable<string> }): Promise<Map<string, string>> => {
  const wanted = [...new Set(srcs)].filter((src) => {
    const kind = mediaKindOf(src);
    return kind !== null && kind !== 'image' && existsSync(path.join(publicDir, src));
  });
  const read = await Promise.all(wanted.map(async (src) => [src, await tagsOf(path.join(publicDir, src))] as const));
  return new Map(read.filter(([, text]) => text !== ''));
};
