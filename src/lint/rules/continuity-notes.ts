import { z } from 'zod';
import { eachEpisode } from '../episode-rule';
import { defineRule } from '../types';
import { continuityFindings } from './continuity-shared';

/**
 * A continuity note is about a character in its beat (in frame: its characters or the one reacting), and a note
 * that says `change` changes something. A note about a character the bible lacks is a validation error already.
 */
export const continuityNotes = defineRule({
  id: 'continuity-notes',
  severity: 'warning',
  description: 'Continuity notes are about a character in the beat, and a change note changes the wardrobe or props',
  options: z.strictObject({}),
  check: eachEpisode(({ episode }) => continuityFindings(episode, ['character', 'change'])),
});
