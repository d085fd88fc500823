import { z } from 'zod';
import { eachEpisode } from '../episode-rule';
import { defineRule } from '../types';
import { continuityFindings } from './continuity-shared';

/**
 * A character's wardrobe stays what the series bible (or the last continuity note) says until a note with `change`
 * says why it differs. Characters named in a beat must exist in the bible: that is a validation error already.
 */
export const continuityWardrobe = defineRule({
  id: 'continuity-wardrobe',
  severity: 'error',
  description: "A character's wardrobe stays the same within an episode unless a continuity note says why it changes",
  options: z.strictObject({}),
  check: eachEpisode(({ episode }) => continuityFindings(episode, ['wardrobe'])),
});
