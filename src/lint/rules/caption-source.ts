import { z } from 'zod';
import { lintTrack } from '../caption-cues';
import { secondsAt } from '../moments';
import { defineRule, type RuleFinding } from '../types';

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The caption source needed no repair: an imported subtitle file read cleanly and says what the script says, and no
 * caption override made two captions overlap. Each warning names the line of the file or the line of the script.
 */
export const captionSource = defineRule({
  id: 'caption-source',
  severity: 'warning',
  description: 'Imported subtitle files need no repairs and match the script; caption overrides overlap nothing',
  options: z.strictObject({}),
  check: ({ episodes, captionFiles }) =>
    episodes.flatMap((episode) => {
      const result = lintTrack({ episode, captionFiles });
      if (!result) return [];
      return result.warnings.map((note): RuleFinding => ({
        episodeId: episode.id,
        path: note.path ?? ['captions', 'src'],
        ...(note.atFrame === null ? {} : { timeInSeconds: secondsAt(note.atFrame, episode.fps) }),
        message: capitalized(note.path === null && note.fileLine !== null ? `${result.track.file ?? 'the subtitle file'}, line ${note.fileLine}: ${note.message}` : note.message),
        fix: note.fix,
      }));
    }),
});
