/**
 * The animatic panel's sheet layout. The picture fills the frame; the storyboard notes (slate,
 * timecode, beat strip) sit in the bottom band platform UI covers anyway (y > 1460), so they never
 * compete with faces, hook text or dialogue lines.
 */
export const NOTES_TOP_PX = 1478;
export const SHEET_SIDE_PX = 64;
/** The thin frame line around the picture, inset from the canvas edge. */
export const FRAME_INSET_PX = 26;
