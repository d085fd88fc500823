import { z } from 'zod';
import { eachEpisode } from '../episode-rule';
import { episodeSeconds, formatSeconds } from '../moments';
import { defineRule } from '../types';

// Tuning: platforms.md — ReelShort and DramaBox run 60–90 s, guides say 1–3 min, YouTube Shorts stops at 3 min.
// 45 s leaves room for a fast pilot; a series aiming at Facebook Reels (≤ 90 s) lowers maxSeconds.
const MIN_SECONDS = 45;
const MAX_SECONDS = 180;

const options = z
  .strictObject({
    minSeconds: z.number().min(0).default(MIN_SECONDS),
    maxSeconds: z.number().positive().default(MAX_SECONDS),
  })
  .superRefine((o, ctx) => {
    if (o.minSeconds >= o.maxSeconds) ctx.addIssue({ code: 'custom', path: ['minSeconds'], message: `must be less than maxSeconds (${o.maxSeconds}), but got ${o.minSeconds}` });
  });

/** The episode's resolved length lies within [minSeconds, maxSeconds], both ends included. */
export const episodeLength = defineRule({
  id: 'episode-length',
  severity: 'error',
  description: 'Episode length is within the series target (45–180 s by default)',
  options,
  check: eachEpisode(({ episode, options: o }) => {
    const seconds = episodeSeconds(episode);
    const configure = 'or change lint.rules["episode-length"].options in the series bible';
    if (seconds < o.minSeconds - 1e-9) {
      return [{ path: ['beats'], message: `The episode runs ${formatSeconds(seconds)}, shorter than the series' ${formatSeconds(o.minSeconds)} minimum`, fix: `Add an escalation or a reaction beat, ${configure}` }];
    }
    if (seconds > o.maxSeconds + 1e-9) {
      return [{ path: ['beats'], message: `The episode runs ${formatSeconds(seconds)}, longer than the series' ${formatSeconds(o.maxSeconds)} maximum`, fix: `Cut the beats that change nothing, or split the episode in two at a reveal, ${configure}` }];
    }
    return [];
  }),
});
