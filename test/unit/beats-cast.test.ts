import { describe, expect, it } from 'vitest';
import { castOf, focusAt, sceneOf } from '../../src/beats/animatic/cast';
import { designSet } from '../../src/beats/animatic/set-design';
import { beatSchema, seriesStyleSchema } from '../../src/schema';
import { resolveEpisode } from '../../src/timeline';
import { dialogueBeat, parsedJob } from '../fixtures/minimal';

const shot = (setting?: string, lighting?: string) => ({ description: 'A room.', ...(setting ? { setting } : {}), ...(lighting ? { lighting } : {}) });

describe('castOf', () => {
  it('frames the reacting character alone, else the listed characters, else the speakers', () => {
    expect(castOf(beatSchema.parse({ type: 'reaction', id: 'r', shot: shot(), characters: ['maya', 'victor'], character: 'victor', emotion: 'shock' }))).toEqual(['victor']);
    expect(castOf(beatSchema.parse(dialogueBeat({ characters: ['victor'] })))).toEqual(['victor']);
    expect(castOf(beatSchema.parse(dialogueBeat({ dialogue: [{ speaker: 'maya', text: 'A.' }, { speaker: 'victor', text: 'B.' }, { speaker: 'maya', text: 'C.' }] })))).toEqual(['maya', 'victor']);
  });
});

describe('focusAt and sceneOf', () => {
  const resolved = resolveEpisode(
    parsedJob({
      beats: [
        dialogueBeat({ id: 'a', shot: shot('office, night', 'a desk lamp'), characters: ['maya', 'victor'], dialogue: [{ speaker: 'victor', text: 'Sit.' }, { speaker: 'maya', text: 'No.' }] }),
        dialogueBeat({ id: 'b', shot: shot() }),
        dialogueBeat({ id: 'c', shot: shot('stairwell') }),
      ],
    }),
  ).beats;

  it('favours the speaker of the last line started, holding through the gaps', () => {
    const first = resolved[0]!;
    const cast = ['maya', 'victor'];
    expect([0, 11, 45, 48, 90].map((frame) => focusAt({ resolved: first, cast, frame }))).toEqual(['maya', 'victor', 'victor', 'maya', 'maya']);
  });

  it('carries a setting and its lighting forward until a beat names a new setting', () => {
    expect([0, 1, 2].map((i) => sceneOf(resolved, i))).toEqual([
      { setting: 'office, night', lighting: 'a desk lamp' },
      { setting: 'office, night', lighting: 'a desk lamp' },
      { setting: 'stairwell', lighting: undefined },
    ]);
  });

  it('gives the same setting the same set, with city lights at night and a warm tint under a lamp', () => {
    const palette = seriesStyleSchema.parse({}).palette;
    const set = designSet({ scene: sceneOf(resolved, 0), palette });
    expect(designSet({ scene: sceneOf(resolved, 1), palette })).toEqual(set);
    expect(set.lights.length).toBeGreaterThan(0);
    expect(set.panes.length).toBeGreaterThanOrEqual(3);
    expect(set.tint).toBe('rgba(255, 179, 71, 0.07)');
    expect(designSet({ scene: sceneOf(resolved, 2), palette })).toMatchObject({ lights: [], panes: [], tint: null, stripes: false });
  });
});
