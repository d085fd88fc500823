import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../../src/media/image-size';
import { probeImageBytes } from '../../../src/media/probe';

const png = (width: number, height: number): Uint8Array => new Uint8Array(PNG.sync.write(new PNG({ width, height })));

/** A JPEG start: SOI, an APP0 segment of 16 bytes, then a SOF0 segment with the size. */
const jpeg = (width: number, height: number, sof = 0xc0): Uint8Array =>
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0), 0xff, sof, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0, 0, 0, 0, 0, 0]);

const riff = (chunk: string, body: number[]): Uint8Array => new Uint8Array([...'RIFF'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 0], [...`WEBP${chunk}`].map((c) => c.charCodeAt(0)), [0, 0, 0, 0], body));

describe('readImageHeader', () => {
  it('reads the size of a PNG', () => {
    expect(readImageHeader(png(1600, 1200))).toEqual({ format: 'png', width: 1600, height: 1200 });
  });

  it('reads the size of a JPEG from its start-of-frame marker, baseline or progressive', () => {
    expect(readImageHeader(jpeg(1080, 1920))).toEqual({ format: 'jpeg', width: 1080, height: 1920 });
    expect(readImageHeader(jpeg(640, 480, 0xc2))).toEqual({ format: 'jpeg', width: 640, height: 480 });
  });

  it('skips JPEG segments that look like frames but are not (DHT)', () => {
    expect(readImageHeader(jpeg(10, 10, 0xc4))).toBeNull();
  });

  it('reads lossy, lossless and extended WebP', () => {
    expect(readImageHeader(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]))).toEqual({ format: 'webp', width: 640, height: 480 });
    // 14-bit width-1 and height-1 packed after the 0x2f signature: 639 × 479.
    const bits = 639 | (479 << 14);
    expect(readImageHeader(riff('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >> 24) & 0xff, 0, 0, 0, 0, 0]))).toEqual({ format: 'webp', width: 640, height: 480 });
    expect(readImageHeader(riff('VP8X', [0, 0, 0, 0, 0x37, 0x04, 0x00, 0x7f, 0x07, 0x00]))).toEqual({ format: 'webp', width: 1080, height: 1920 });
  });

  it('refuses anything else, a cut-short header, and a zero size', () => {
    expect(readImageHeader(new TextEncoder().encode('not an image at all, really'))).toBeNull();
    expect(readImageHeader(png(4, 4).subarray(0, 20))).toBeNull();
    expect(readImageHeader(jpeg(0, 100))).toBeNull();
  });
});

describe('probeImageBytes', () => {
  it('describes an image as a picture without duration or sound', () => {
    expect(probeImageBytes(png(8, 6))).toEqual({ ok: true, facts: { container: 'PNG', durationInSeconds: null, video: { codec: 'png', width: 8, height: 6, fps: null }, audio: null } });
  });

  it('says why a file is not an image', () => {
    expect(probeImageBytes(new Uint8Array([1, 2, 3]))).toEqual({ ok: false, reason: 'is not a PNG, JPEG or WebP image (its header is missing or damaged)' });
  });
});
