import { z } from 'zod';
import { ARC_STAGES, type ArcStage } from '../../schema';
import { withArticle } from '../text';
import { defineRule, type RuleFinding } from '../types';

const options = z.strictObject({
  minTwists: z.number().int().min(0).default(1).describe('Plot points with stage "twist" the middle needs'),
});

const rank = (stage: ArcStage): number => ARC_STAGES.indexOf(stage);

/** The series plan has a beginning (setup first), a middle (twists) and an ending (resolution last), in that order. */
export const arcShape = defineRule({
  id: 'arc-shape',
  severity: 'error',
  description: 'The arc starts with a setup, has twists, and ends with a resolution, in that order',
  options,
  check: ({ series, options: o }) => {
    const findings: RuleFinding[] = [];
    const { arc } = series;
    const first = arc[0];
    const lastIndex = arc.length - 1;
    const last = arc[lastIndex];
    if (first && first.stage !== 'setup') {
      findings.push({ episodeId: null, path: ['arc', 0, 'stage'], message: `The arc starts with ${withArticle(first.stage)}, not a setup`, fix: 'Start with where the story begins (stage "setup"), e.g. the moment the main character discovers the problem' });
    }
    const twists = arc.filter((point) => point.stage === 'twist').length;
    if (twists < o.minTwists) {
      findings.push({ episodeId: null, path: ['arc'], message: `The arc has ${twists} twist${twists === 1 ? '' : 's'}, fewer than ${o.minTwists}`, fix: 'Add a plot point with stage "twist": what goes wrong, or changes the plan, in the middle of the series' });
    }
    if (last && last.stage !== 'resolution') {
      findings.push({ episodeId: null, path: ['arc', lastIndex, 'stage'], message: `The arc ends on ${withArticle(last.stage)}, not a resolution`, fix: 'Add how the conflict resolves as the last plot point (stage "resolution"), even if the episodes later change it' });
    }
    let latest = 0;
    for (let i = 1; i < arc.length; i++) {
      const point = arc[i];
      const before = arc[latest];
      if (!point || !before) continue;
      if (rank(point.stage) >= rank(before.stage)) {
        latest = i;
        continue;
      }
      findings.push({ episodeId: null, path: ['arc', i, 'stage'], message: `arc[${i}] is ${withArticle(point.stage)} after the ${before.stage} at arc[${latest}]`, fix: 'Order the plot points setup → twists → climax → resolution' });
      break;
    }
    return findings;
  },
});
