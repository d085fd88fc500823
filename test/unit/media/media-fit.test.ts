import { describe, expect, it } from 'vitest';
import { clipTrim, leavesBars, placePicture, stillZoom } from '../../../src/beats/media/media-fit';
import { mediaSchema } from '../../../src/schema';

const FRAME = { width: 1080, height: 1920 };
const place = (media: { width: number; height: number }, focalPoint = { x: 0.5, y: 0.4 }, fit: 'cover' | 'contain' = 'cover', zoom = 1) => placePicture({ media, frame: FRAME, fit, focalPoint, zoom });

describe('placePicture', () => {
  it('fills the frame with a vertical picture exactly', () => {
    expect(place({ width: 1080, height: 1920 })).toEqual({ left: 0, top: 0, width: 1080, height: 1920 });
  });

  it('crops a 16:9 clip around its focal point, centred across the frame', () => {
    // Scaled to 3413 × 1920: the focal point at 30 % lands on the middle (540), so the picture starts at 540 − 1024.
    const rect = place({ width: 1920, height: 1080 }, { x: 0.3, y: 0.4 });
    expect({ ...rect, width: Math.round(rect.width), left: Math.round(rect.left) }).toEqual({ left: -484, top: 0, width: 3413, height: 1920 });
  });

  it('never shows an edge: a focal point near the side keeps the picture against that side', () => {
    expect(place({ width: 1920, height: 1080 }, { x: 0, y: 0.4 }).left).toBe(0);
    expect(Math.round(place({ width: 1920, height: 1080 }, { x: 1, y: 0.4 }).left)).toBe(1080 - 3413);
  });

  it('places a wide still\'s focal point a little above the middle when it is taller than the frame', () => {
    // A square at cover is 1920 × 1920: 840 px wider, nothing taller; a 1:2 picture is 1080 × 2160, 240 px taller.
    expect(place({ width: 1000, height: 2000 }, { x: 0.5, y: 0.5 }).top).toBe(-240);
    expect(place({ width: 1000, height: 2000 }, { x: 0.5, y: 0.4 }).top).toBe(0.42 * 1920 - 0.4 * 2160);
  });

  it('letterboxes with contain a little above the middle (clear of the captions), until a push-in makes it larger than the frame', () => {
    expect(place({ width: 1920, height: 1080 }, { x: 0.3, y: 0.4 }, 'contain')).toEqual({ left: 0, top: 0.42 * 1920 - 607.5 / 2, width: 1080, height: 607.5 });
    expect(place({ width: 1000, height: 2000 }, { x: 0.5, y: 0.4 }, 'contain')).toEqual({ left: 60, top: 0, width: 960, height: 1920 });
    expect(place({ width: 1920, height: 1080 }, { x: 0.3, y: 0.4 }, 'contain', 1.2).left).toBe(0);
  });

  it('pushes in around the focal point', () => {
    const rect = place({ width: 1080, height: 1920 }, { x: 0.5, y: 0.42 }, 'cover', 1.1);
    expect([rect.width, rect.height, rect.left + 0.5 * rect.width, Math.round(rect.top + 0.42 * rect.height)]).toEqual([1188, 2112, 540, Math.round(0.42 * 1920)]);
  });
});

describe('stillZoom', () => {
  it('pushes in from 1 at the cut to 1.06 on the last frame', () => {
    expect([0, 50, 99, 150].map((frame) => stillZoom({ frame, durationInFrames: 100, camera: 'static' }))).toEqual([1, 1 + 0.06 * (50 / 99), 1.06, 1.06]);
  });

  it('pulls out instead when the shot asks for it', () => {
    expect([0, 99].map((frame) => stillZoom({ frame, durationInFrames: 100, camera: 'pull-out' }))).toEqual([1.06, 1]);
  });

  it('holds a one-frame beat at the start of its move', () => {
    expect(stillZoom({ frame: 0, durationInFrames: 1, camera: 'push-in' })).toBe(1);
  });
});

describe('clipTrim', () => {
  it('converts the trim to frames of the clip, leaving out what is not set', () => {
    expect(clipTrim(mediaSchema.parse({ src: 'a.mp4' }), 30)).toEqual({ trimBefore: undefined, trimAfter: undefined });
    expect(clipTrim(mediaSchema.parse({ src: 'a.mp4', trimStartInSeconds: 1.5, trimEndInSeconds: 4 }), 30)).toEqual({ trimBefore: 45, trimAfter: 120 });
  });
});

describe('leavesBars', () => {
  it('is true for a letterboxed picture and false for one that covers the frame, with half a pixel of slack', () => {
    const contained = place({ width: 1920, height: 1080 }, { x: 0.5, y: 0.4 }, 'contain');
    expect([
      leavesBars(contained, FRAME),
      leavesBars(place({ width: 1920, height: 1080 }), FRAME),
      leavesBars({ left: 0.4, top: -0.4, width: 1079.4, height: 1920.5 }, FRAME),
      leavesBars({ left: 0, top: 0, width: 1080, height: 1919 }, FRAME),
      leavesBars({ left: 1, top: 0, width: 1080, height: 1920 }, FRAME),
    ]).toEqual([true, false, false, true, true]);
  });
});
