import { PICTURE_EXTENSIONS, SOUND_EXTENSIONS } from './kinds';

/** The folder of an episode's dropped-in media inside public/: `<series-id>/e01`. */
export const episodeMediaFolder = (seriesId: string, episodeNumber: number): string => `${seriesId}/e${String(episodeNumber).padStart(2, '0')}`;

/** A dropped-in file: the one found, and any other file with the same name that was passed over. */
export type DropIn = { readonly src: string; readonly passedOver: readonly string[] };

/** The first existing file among `<base>.<ext>` for each ending, in order; endings match in any case. */
const findFirst = (files: ReadonlySet<string>, base: string, extensions: readonly string[]): DropIn | null => {
  const prefix = `${base}.`.toLowerCase();
  const matches = [...files].filter((f) => f.toLowerCase().startsWith(prefix) && extensions.includes(f.slice(prefix.length).toLowerCase()));
  matches.sort((a, b) => extensions.indexOf(a.slice(prefix.length).toLowerCase()) - extensions.indexOf(b.slice(prefix.length).toLowerCase()));
  const [src, ...passedOver] = matches;
  return src === undefined ? null : { src, passedOver };
};

/** A beat's picture dropped in at `public/<series>/eNN/<beat-id>.(mp4|webm|mov|png|jpg|jpeg|webp)`. */
export const dropInPicture = ({ files, folder, beatId }: { files: ReadonlySet<string>; folder: string; beatId: string }): DropIn | null =>
  findFirst(files, `${folder}/${beatId}`, PICTURE_EXTENSIONS);

/** A line's recording dropped in at `public/<series>/eNN/<beat-id>.line<N>.(wav|mp3|…)`, lines counted from 1. */
export const dropInVoice = ({ files, folder, beatId, lineIndex }: { files: ReadonlySet<string>; folder: string; beatId: string; lineIndex: number }): DropIn | null =>
  findFirst(files, `${folder}/${beatId}.line${lineIndex + 1}`, SOUND_EXTENSIONS);

/** An episode's music bed dropped in at `public/<series>/eNN/music.*`, else the series' at `public/<series>/music.*`. */
export const dropInMusic = ({ files, seriesId, episodeNumber }: { files: ReadonlySet<string>; seriesId: string; episodeNumber: number }): DropIn | null =>
  findFirst(files, `${episodeMediaFolder(seriesId, episodeNumber)}/music`, SOUND_EXTENSIONS) ?? findFirst(files, `${seriesId}/music`, SOUND_EXTENSIONS);
