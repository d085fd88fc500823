import { describe, expect, it } from 'vitest';
import { frameCast } from '../../src/beats/animatic/framing';

const ids = (placements: ReturnType<typeof frameCast>) => placements.map((p) => [p.characterId, p.view, p.body]);

describe('frameCast', () => {
  it('frames a close-up on the focused character alone, large and centred', () => {
    const [only, ...rest] = frameCast({ shotType: 'close-up', cast: ['maya', 'victor'], focusId: 'victor' });
    expect(rest).toEqual([]);
    expect(only).toEqual({ characterId: 'victor', xPx: 540, yPx: 700, scale: 3.4, facing: 0, view: 'front', body: 'bust', shade: 0 });
  });

  it('falls back to the first of the cast when nobody has spoken', () => {
    expect(ids(frameCast({ shotType: 'extreme-close-up', cast: ['maya', 'victor'], focusId: null }))).toEqual([['maya', 'front', 'bust']]);
  });

  it('puts the first character’s back in the foreground of an over-the-shoulder, drawn last', () => {
    const placements = frameCast({ shotType: 'over-the-shoulder', cast: ['maya', 'victor'], focusId: null });
    expect(ids(placements)).toEqual([
      ['victor', 'front', 'bust'],
      ['maya', 'back', 'bust'],
    ]);
    expect(placements[1]!.scale).toBeGreaterThan(placements[0]!.scale);
  });

  it('turns the two people of a two-shot toward each other', () => {
    const [left, right] = frameCast({ shotType: 'two-shot', cast: ['maya', 'victor'], focusId: null });
    expect(left!.xPx).toBeLessThan(right!.xPx);
    expect(left!.facing).toBeGreaterThan(0);
    expect(right!.facing).toBeLessThan(0);
  });

  it('keeps every face of a three-person bust shot inside the frame', () => {
    const placements = frameCast({ shotType: 'two-shot', cast: ['a', 'b', 'c'], focusId: null });
    expect(placements.every((p) => p.xPx - 52 * p.scale >= 0 && p.xPx + 52 * p.scale <= 1080)).toBe(true);
  });

  it('stands small full figures on the floor in a wide shot', () => {
    const placements = frameCast({ shotType: 'wide', cast: ['maya', 'victor'], focusId: null });
    expect(ids(placements)).toEqual([
      ['maya', 'front', 'full'],
      ['victor', 'front', 'full'],
    ]);
    expect(placements.map((p) => Math.round(p.yPx + 640 * p.scale))).toEqual([1390, 1390]);
  });

  it('draws nobody in an insert, and nobody when the cast is empty', () => {
    expect(frameCast({ shotType: 'insert', cast: ['maya'], focusId: 'maya' })).toEqual([]);
    expect(frameCast({ shotType: 'close-up', cast: [], focusId: null })).toEqual([]);
    expect(frameCast({ shotType: 'two-shot', cast: [], focusId: null })).toEqual([]);
  });

  it('shows the one being looked at in a point-of-view shot', () => {
    expect(ids(frameCast({ shotType: 'pov', cast: ['maya', 'victor'], focusId: 'maya' }))).toEqual([['victor', 'front', 'bust']]);
  });
});
