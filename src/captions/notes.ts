import { formatProblem, type FieldPath, type Problem } from '../errors';
import type { CaptionNote } from './types';

/** Where the notes of one episode point: its scene file (or job file with its path prefix) and its subtitle file. */
export type NoteFiles = { readonly episodeFile: string; readonly captionFile: string | null; readonly pathPrefix?: FieldPath };

/**
 * A caption note as a Problem: a note about a line of the subtitle file names "file:line"; a note about a field of
 * the episode names the episode's file and the field.
 */
export const noteToProblem = (note: CaptionNote, { episodeFile, captionFile, pathPrefix = [] }: NoteFiles): Problem =>
  note.path !== null
    ? { file: episodeFile, path: [...pathPrefix, ...note.path], message: note.message, fix: note.fix }
    : { file: `${captionFile ?? episodeFile}${note.fileLine === null ? '' : `:${note.fileLine}`}`, path: [], message: note.message, fix: note.fix };

/** A note as one line of text, like every other problem. */
export const formatNote = (note: CaptionNote, files: NoteFiles): string => formatProblem(noteToProblem(note, files));
