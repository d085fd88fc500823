import { z } from 'zod';
import { cueLines } from '../../captions';
import { cueAt, cueFix, cueName, eachCue, splitWord } from '../caption-cues';
import { defineRule } from '../types';

// Tuning: two lines at most (Netflix, BBC), each of up to 32 characters, the usual width of vertical phone captions.
const MAX_LINES = 2;
const CHARACTERS_PER_LINE = 32;

const options = z.strictObject({
  maxLines: z.number().int().min(1).default(MAX_LINES),
  charactersPerLine: z.number().int().min(10).default(CHARACTERS_PER_LINE).describe('Where lines wrap; keep it equal to caption-line-length\'s maxCharacters'),
});

/** Every caption fits in maxLines lines when wrapped at charactersPerLine (an imported cue keeps its own line breaks). */
export const captionLineCount = defineRule({
  id: 'caption-line-count',
  severity: 'error',
  description: 'Captions take at most 2 lines of 32 characters',
  options,
  check: eachCue(({ cue, track, options: o }) => {
    const lines = cueLines(cue.text, o.charactersPerLine).length;
    if (lines <= o.maxLines) return [];
    const word = splitWord(cue, o.maxLines * o.charactersPerLine);
    return [
      {
        ...cueAt(cue, track.fps),
        message: `${cueName(cue, track)} needs ${lines} lines of at most ${o.charactersPerLine} characters, more than ${o.maxLines}`,
        fix: cueFix(cue, track, {
          script: `${word === null ? 'Shorten the line' : `Split it in two: caption.splitAfter: ["${word}"]; or shorten the line`}`,
          file: 'Split the cue in two, or shorten it,',
        }),
      },
    ];
  }),
});
