import { describe, expect, it } from 'vitest';
import { critical, quote } from '../../../src/safe-zones';
import { layoutArtifactName, parseLayoutArtifact } from '../../../src/safe-zones/probe/layout-log';

describe('critical', () => {
  it('marks an element with its label and field, and says when it is still entering or measured as a box', () => {
    expect(critical({ label: 'caption "Hi"', source: 'episode.beats[1].dialogue[0]' })).toEqual({
      'data-critical': 'caption "Hi"',
      'data-critical-source': 'episode.beats[1].dialogue[0]',
    });
    expect(critical({ label: 'photo', source: 'episode.beats[3].insert', settling: true, measure: 'box' })).toEqual({
      'data-critical': 'photo',
      'data-critical-source': 'episode.beats[3].insert',
      'data-critical-settling': '',
      'data-critical-box': '',
    });
  });

  it('quotes text on one line, cut with an ellipsis after 31 characters', () => {
    expect(quote('  That’s MY\n design. ')).toBe('"That’s MY design."');
    expect(quote('x'.repeat(32))).toBe(`"${'x'.repeat(32)}"`);
    expect(quote('x'.repeat(33))).toBe(`"${'x'.repeat(31)}…"`);
  });
});

describe('layout artifacts', () => {
  it('name a frame’s layout after the frame and read it back', () => {
    const layout = { frame: 12, boxes: [{ label: 'caption "Hi"', source: 'episode.beats[0].dialogue[0]', rect: { x: 65, y: 1300, width: 400, height: 100 } }] };
    expect(layoutArtifactName(12)).toBe('layout-12.json');
    expect(parseLayoutArtifact({ filename: 'layout-12.json', content: JSON.stringify(layout) })).toEqual(layout);
  });

  it('ignore artifacts that are not the probe’s', () => {
    expect(parseLayoutArtifact({ filename: 'captions.srt', content: '1\n' })).toBeNull();
    expect(parseLayoutArtifact({ filename: 'layout-1.json', content: '{"boxes":[]}' })).toBeNull();
  });
});
