import { AUDIO_EXTENSIONS, IMAGE_EXTENSIONS, VIDEO_EXTENSIONS } from '../schema';

/** What a file in public/ is, by its ending. */
export type MediaKind = 'video' | 'image' | 'audio';

const extensionOf = (src: string): string => src.split('.').pop()?.toLowerCase() ?? '';

/** The kind of a media path, or null when its ending is not one Cliffhanger plays. */
export const mediaKindOf = (src: string): MediaKind | null => {
  const ext = extensionOf(src);
  if ((VIDEO_EXTENSIONS as readonly string[]).includes(ext)) return 'video';
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(ext)) return 'image';
  if ((AUDIO_EXTENSIONS as readonly string[]).includes(ext)) return 'audio';
  return null;
};

/** Endings tried, in order, for a beat's dropped-in picture: footage first, then stills. */
export const PICTURE_EXTENSIONS: readonly string[] = [...VIDEO_EXTENSIONS, ...IMAGE_EXTENSIONS];
/** Endings tried, in order, for dropped-in voices and music. */
export const SOUND_EXTENSIONS: readonly string[] = AUDIO_EXTENSIONS;
