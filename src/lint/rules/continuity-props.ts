import { z } from 'zod';
import { eachEpisode } from '../episode-rule';
import { defineRule } from '../types';
import { continuityFindings } from './continuity-shared';

/**
 * What a character carries stays the same from the first note that lists it until a note with `change` says why it
 * differs (the same props in another order are the same). Unknown characters are validation errors already.
 */
export const continuityProps = defineRule({
  id: 'continuity-props',
  severity: 'error',
  description: "A character's props stay the same within an episode unless a continuity note says why they change",
  options: z.strictObject({}),
  check: eachEpisode(({ episode }) => continuityFindings(episode, ['props'])),
});
