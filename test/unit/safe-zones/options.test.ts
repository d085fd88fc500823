import { describe, expect, it } from 'vitest';
import { platformsOption, variantOption } from '../../../src/safe-zones/check/options';

describe('check options', () => {
  it('reads a comma-separated list of platforms', () => {
    expect(platformsOption('tiktok, reels,snapchat-spotlight')).toEqual(['tiktok', 'reels', 'snapchat-spotlight']);
  });

  it('rejects an unknown platform with the list and the closest name', () => {
    expect(() => platformsOption('tiktok,reel')).toThrow(
      'must list platforms from tiktok, reels, shorts, facebook-reels, snapchat-spotlight, but got "reel". Did you mean "reels"?',
    );
    expect(() => platformsOption('')).toThrow('must list platforms from tiktok, reels, shorts, facebook-reels, snapchat-spotlight, but got "".');
  });

  it('reads organic or ads, and nothing else', () => {
    expect([variantOption('organic'), variantOption('ads')]).toEqual(['organic', 'ads']);
    expect(() => variantOption('paid')).toThrow('must be "organic" or "ads", but got "paid".');
  });
});
