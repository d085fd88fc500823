import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeArgs } from '../../../src/publish/encode';
import { mp4Layout } from '../../../src/publish/mp4-boxes';
import { summarizeProbe, type MediaSummary } from '../../../src/publish/probe';
import { specIssues } from '../../../src/publish/verify';
import { limitsFor } from '../../../src/publish/limits';
import { seriesSchema } from '../../../src/schema';
import { goodSeries } from '../../fixtures/packaging';

const shorts = limitsFor({ platform: 'shorts', series: seriesSchema.parse(goodSeries()) });
const encode = { crf: 20, maxVideoKbps: 8000, gopFrames: 15, audioKbps: 'copy' as const };

const good: MediaSummary = {
  formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
  bytes: 9_000_000,
  durationSeconds: 60.02,
  video: { codec: 'h264', profile: 'High', pixelFormat: 'yuv420p', width: 1080, height: 1920, frameRate: '30/1', averageFrameRate: '30/1', fieldOrder: 'progressive', colorRange: 'tv', durationSeconds: 60, kbps: 1200 },
  audio: { codec: 'aac', profile: 'LC', sampleRateHz: 48_000, channels: 2, kbps: 190 },
  keyframeSeconds: [0, 0.5, 1, 1.5],
};
const layout = { topLevel: ['ftyp', 'moov', 'mdat'], hasEditList: false };
const issues = (summary: Partial<MediaSummary>, extra: Partial<Parameters<typeof specIssues>[0]> = {}) =>
  specIssues({ summary: { ...good, ...summary }, layout, limits: shorts, encode, expectedSeconds: 60, fps: 30, ...extra });

describe('checking a file against a platform\'s spec', () => {
  it('passes a file that meets it', () => {
    expect(issues({})).toEqual([]);
  });

  it('names every way a file misses it', () => {
    expect(issues({ video: { ...good.video!, profile: 'Main', pixelFormat: 'yuvj420p', colorRange: 'pc', frameRate: '30000/1001', kbps: 9000 } })).toEqual([
      'video is h264 Main, not H.264 High',
      'pixel format is yuvj420p (pc range), not yuv420p limited range',
      'frame rate is 30000/1001 (average 30/1), not a constant 30/1',
      'video bitrate is 9000 kbps, over the 8000 kbps cap',
    ]);
    expect(issues({ audio: { ...good.audio!, sampleRateHz: 44_100 }, keyframeSeconds: [0, 1] })).toEqual([
      'audio is 44100 Hz with 2 channel(s), not 48 kHz stereo',
      'keyframes are up to 1.00 s apart, more than 15 frames',
    ]);
    expect(issues({}, { layout: { topLevel: ['ftyp', 'mdat', 'moov'], hasEditList: true } })).toEqual(['moov atom is not before the media data (no faststart)', 'has an edit list']);
    expect(issues({ keyframeSeconds: [0.067, 0.567] })).toEqual(['video starts at 0.067 s, not 0 (out of sync with the sound)']);
  });

  it('holds the length to the episode and the platform, and the size to its limit', () => {
    expect(issues({ video: { ...good.video!, durationSeconds: 59.8 } })).toEqual(['video runs 59.8 s, not the episode\'s 60 s']);
    expect(issues({ durationSeconds: 181 }, { expectedSeconds: 60 })).toEqual(['runs 181 s, outside YouTube Shorts\'s 1–180 s']);
    const reels = limitsFor({ platform: 'reels', series: seriesSchema.parse(goodSeries()) });
    expect(issues({ bytes: 300_000_001, audio: { ...good.audio!, kbps: 140 } }, { limits: reels, encode: { ...encode, gopFrames: 60 } })).toEqual([
      'audio bitrate is 140 kbps, over Instagram Reels\'s 128 kbps',
      'is 300000001 bytes, over Instagram Reels\'s 300000000 bytes',
    ]);
  });
});

describe('reading ffprobe', () => {
  it('names profiles an ffmpeg built small prints as numbers', () => {
    const summary = summarizeProbe({
      probe: { format: { format_name: 'mov,mp4', size: '100', duration: '1.5' }, streams: [{ codec_type: 'video', codec_name: 'h264', profile: '100', r_frame_rate: '30/1' }, { codec_type: 'audio', codec_name: 'aac', profile: '1', sample_rate: '48000', channels: 2, bit_rate: '128000' }] },
      keyframes: { frames: [{ pts_time: '0.000000' }, { pts_time: '0.500000' }] },
    });
    expect([summary.video?.profile, summary.video?.fieldOrder, summary.audio?.profile, summary.audio?.kbps, summary.keyframeSeconds, summary.bytes]).toEqual(['High', 'progressive', 'LC', 128, [0, 0.5], 100]);
  });
});

describe('reading MP4 boxes', () => {
  const box = (type: string, body: Buffer = Buffer.alloc(0)): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(8 + body.length, 0);
    head.write(type, 4, 'latin1');
    return Buffer.concat([head, body]);
  };
  const write = (bytes: Buffer): string => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cliffhanger-boxes-')), 'x.mp4');
    writeFileSync(file, bytes);
    return file;
  };

  it('lists top-level boxes in order and finds edit lists inside tracks', () => {
    const withList = box('moov', Buffer.concat([box('mvhd', Buffer.alloc(4)), box('trak', box('edts', box('elst', Buffer.alloc(4))))]));
    expect(mp4Layout(write(Buffer.concat([box('ftyp', Buffer.alloc(4)), withList, box('mdat', Buffer.alloc(16))])))).toEqual({ topLevel: ['ftyp', 'moov', 'mdat'], hasEditList: true });
    const without = box('moov', box('trak', box('tkhd', Buffer.alloc(4))));
    expect(mp4Layout(write(Buffer.concat([box('ftyp'), box('mdat', Buffer.alloc(4)), without])))).toEqual({ topLevel: ['ftyp', 'mdat', 'moov'], hasEditList: false });
  });
});

describe('the platform encode', () => {
  it('re-encodes to H.264 High, limited-range BT.709, constant frame rate and a fixed closed GOP, moov first without edit lists', () => {
    const args = encodeArgs({ input: '/m.mp4', output: '/o.mp4', profile: { crf: 20, maxVideoKbps: 8000, gopFrames: 15, audioKbps: 128 }, fps: 30 }).join(' ');
    for (const part of [
      '-c:v libx264 -profile:v high',
      '-maxrate 8000k -bufsize 16000k',
      '-vf scale=out_color_matrix=bt709:out_range=tv -pix_fmt yuv420p -r 30 -fps_mode cfr',
      '-g 15 -keyint_min 15 -sc_threshold 0 -flags +cgop',
      '-c:a aac -b:a 128k -ar 48000 -ac 2',
      '-movflags +faststart+negative_cts_offsets -use_editlist 0',
    ]) {
      expect(args).toContain(part);
    }
    expect(encodeArgs({ input: '/m.mp4', output: '/o.mp4', profile: { ...encode }, fps: 30 }).join(' ')).toContain('-c:a copy');
  });
});
