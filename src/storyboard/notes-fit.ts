import type { StoryboardPanel } from './panel';
import type { NotesBox } from './sheet-layout';

const MM_PER_PT = 25.4 / 72;
// Tuning: Inter's mean advance (em) for mixed-case notes, the sheet's line height, and the fixed rows a panel
// always has (number and role, shot, timecode, the still's caption, gaps between sections) in body lines.
// Raise FIXED_LINES if printed notes get clipped; lower ADVANCE_EM if they shrink while room is left.
const ADVANCE_EM = 0.53;
const LINE_HEIGHT = 1.3;
const FIXED_LINES = 6;
const SECTION_GAP_LINES = 0.45;
/** Type sizes tried, largest first; below the last, notes are clipped and the CLI says so. */
const SMALLEST_SCALE = 0.78;
const SCALES = [1, 0.92, 0.85, SMALLEST_SCALE] as const;

/** How a panel's notes fit their printed box: the type scale chosen, and whether even the smallest overflows. */
export type NotesFit = { readonly scale: number; readonly overflows: boolean };

const wrapped = (text: string, charsPerLine: number): number => Math.max(1, Math.ceil(text.length / charsPerLine));

/** Estimated body lines of a panel's notes at a number of characters per line, without a browser. Pure. */
export const notesLines = (panel: StoryboardPanel, charsPerLine: number): number => {
  const sections: number[] = [
    panel.cast.length > 0 ? wrapped(panel.cast.join(', '), charsPerLine) : 0,
    wrapped(panel.description, charsPerLine) + (panel.place ? wrapped(panel.place, charsPerLine) : 0),
    panel.cues.reduce((sum, cue) => sum + wrapped(`${cue.label}: ${cue.text}`, charsPerLine), 0),
    panel.dialogue.reduce((sum, line) => sum + 1 + wrapped(line.text, charsPerLine), 0),
  ].filter((lines) => lines > 0);
  return FIXED_LINES + sections.reduce((a, b) => a + b, 0) + sections.length * SECTION_GAP_LINES;
};

/** The largest type scale at which a panel's notes fit their box (estimated). Pure. */
export const fitNotes = ({ panel, box }: { panel: StoryboardPanel; box: NotesBox }): NotesFit => {
  for (const scale of SCALES) {
    const lineMm = box.fontPt * scale * MM_PER_PT;
    const charsPerLine = Math.floor(box.widthMm / (lineMm * ADVANCE_EM));
    if (notesLines(panel, charsPerLine) * lineMm * LINE_HEIGHT <= box.heightMm) return { scale, overflows: false };
  }
  return { scale: SMALLEST_SCALE, overflows: true };
};
