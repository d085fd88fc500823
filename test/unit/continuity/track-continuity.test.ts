import { describe, expect, it } from 'vitest';
import { trackContinuity } from '../../../src/continuity';
import type { BeatInput } from '../../../src/schema';
import { productionJob } from '../../fixtures/production';

const SHEET = {
  maya: { wardrobe: 'white button-down shirt, beige blazer', wardrobeSince: null, props: null, propsSince: null },
  victor: { wardrobe: 'charcoal suit', wardrobeSince: null, props: null, propsSince: null },
};

const looks = (entries: Record<string, unknown>) => new Map(Object.entries(entries));

const reaction = (id: string, extra: Partial<BeatInput> = {}): BeatInput =>
  ({ type: 'reaction', id, shot: { description: 'Maya reacts.' }, characters: ['maya'], character: 'maya', emotion: 'shock', ...extra }) as BeatInput;

describe('trackContinuity', () => {
  it('carries a setting and a lighting line until a beat states another, and starts every look from the sheet', () => {
    const job = productionJob({
      beats: [
        reaction('a', { shot: { description: 'Maya in the office.', setting: 'office', lighting: 'dim' } }),
        reaction('b'),
        reaction('c', { shot: { description: 'Maya on the stairs.', setting: 'stairwell' } }),
      ],
    });
    expect(trackContinuity(job)).toEqual([
      { setting: { text: 'office', carried: false }, lighting: { text: 'dim', carried: false }, looks: looks(SHEET) },
      { setting: { text: 'office', carried: true }, lighting: { text: 'dim', carried: true }, looks: looks(SHEET) },
      { setting: { text: 'stairwell', carried: false }, lighting: { text: 'dim', carried: true }, looks: looks(SHEET) },
    ]);
  });

  it('starts with no setting or lighting when the first beat states none', () => {
    expect(trackContinuity(productionJob({ beats: [reaction('a')] }))).toEqual([{ setting: null, lighting: null, looks: looks(SHEET) }]);
  });

  it('applies a continuity note from its beat on, and keeps what the note leaves out', () => {
    const job = productionJob({
      beats: [
        reaction('a', { continuity: [{ character: 'maya', props: ['phone'] }] }),
        reaction('b', { continuity: [{ character: 'maya', wardrobe: 'grey sweater', change: 'the next morning' }] }),
        reaction('c'),
      ],
    });
    const withPhone = { ...SHEET.maya, props: ['phone'], propsSince: 'a' };
    const changed = { ...withPhone, wardrobe: 'grey sweater', wardrobeSince: 'b' };
    expect(trackContinuity(job).map((c) => c.looks)).toEqual([
      looks({ ...SHEET, maya: withPhone }),
      looks({ ...SHEET, maya: changed }),
      looks({ ...SHEET, maya: changed }),
    ]);
  });
});
