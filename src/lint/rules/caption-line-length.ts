import { z } from 'zod';
import { cueLines } from '../../captions';
import { cueAt, cueFix, cueName, eachCue } from '../caption-cues';
import { defineRule } from '../types';

// Tuning: 32 characters is the usual line of vertical phone captions (20–32); broadcast allows 42.
const MAX_CHARACTERS = 32;

const options = z.strictObject({
  maxCharacters: z.number().int().min(10).default(MAX_CHARACTERS).describe('Longest line of a caption, spaces and punctuation included'),
});

/**
 * No line of a caption is longer than maxCharacters: the lines an imported file breaks itself, or a word too long to
 * wrap (the script's lines are wrapped at maxCharacters, so only such a word can overflow).
 */
export const captionLineLength = defineRule({
  id: 'caption-line-length',
  severity: 'warning',
  description: 'No caption line is longer than 32 characters',
  options,
  check: eachCue(({ cue, track, options: o }) =>
    cueLines(cue.text, o.maxCharacters).flatMap((line, i) =>
      line.length <= o.maxCharacters
        ? []
        : [
            {
              ...cueAt(cue, track.fps),
              message: `Line ${i + 1} of ${cueName(cue, track).replace(/^The/, 'the')} has ${line.length} characters, more than ${o.maxCharacters}`,
              fix: cueFix(cue, track, {
                script: `Shorten "${line}", or allow longer lines with lint.rules["caption-line-length"].options.maxCharacters`,
                file: 'Break the line in two',
              }),
            },
          ],
    ),
  ),
});
