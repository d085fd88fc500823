import { describe, expect, it } from 'vitest';
import { formatSeconds, formatTimecode } from '../../../src/shots';

describe('formatTimecode', () => {
  it('writes HH:MM:SS:FF at 30 fps on both sides of each rollover', () => {
    expect([0, 1, 29, 30, 1799, 1800, 107_999, 108_000].map((f) => formatTimecode(f, 30))).toEqual([
      '00:00:00:00',
      '00:00:00:01',
      '00:00:00:29',
      '00:00:01:00',
      '00:00:59:29',
      '00:01:00:00',
      '00:59:59:29',
      '01:00:00:00',
    ]);
  });
});

describe('formatSeconds', () => {
  it('rounds to one decimal', () => {
    expect([0, 1, 58, 66].map((f) => formatSeconds(f, 30))).toEqual(['0.0', '0.0', '1.9', '2.2']);
  });
});
