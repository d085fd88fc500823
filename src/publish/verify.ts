import type { PlatformLimits } from './limits';
import type { Mp4Layout } from './mp4-boxes';
import type { EncodeProfile } from './plan';
import type { MediaSummary } from './probe';

// Tuning: measured bitrates may exceed a cap by this share (container rounding, AAC frame padding), and
// a file's length may differ from the episode's by this much (AAC ends on a whole frame of 1024 samples).
const BITRATE_TOLERANCE = 1.03;
const DURATION_TOLERANCE_SECONDS = 0.1;

/**
 * Every way a file misses a platform's upload spec, as short phrases (none: it passes). Pure: the probe and the
 * box layout are read first. Checked on every file publish writes, before it is moved into place.
 */
export const specIssues = (input: { summary: MediaSummary; layout: Mp4Layout; limits: PlatformLimits; encode: EncodeProfile; expectedSeconds: number; fps: number }): string[] => {
  const { summary: s, layout, limits, encode, expectedSeconds, fps } = input;
  const issues: string[] = [];
  const expect = (ok: boolean, issue: string): void => {
    if (!ok) issues.push(issue);
  };
  const { video: v, audio: a } = s;
  expect(s.formatName.split(',').includes('mp4'), `container is ${s.formatName || 'unknown'}, not MP4`);
  if (!v) issues.push('has no video stream');
  else {
    expect(v.codec === 'h264' && v.profile === 'High', `video is ${v.codec} ${v.profile}, not H.264 High`);
    expect(v.pixelFormat === 'yuv420p' && v.colorRange === 'tv', `pixel format is ${v.pixelFormat} (${v.colorRange || 'no'} range), not yuv420p limited range`);
    expect(v.width === 1080 && v.height === 1920, `picture is ${v.width}x${v.height}, not 1080x1920`);
    expect(v.frameRate === `${fps}/1` && v.averageFrameRate === `${fps}/1`, `frame rate is ${v.frameRate} (average ${v.averageFrameRate}), not a constant ${fps}/1`);
    expect(v.fieldOrder === 'progressive', `video is ${v.fieldOrder}, not progressive`);
    expect(v.kbps <= encode.maxVideoKbps * BITRATE_TOLERANCE, `video bitrate is ${Math.round(v.kbps)} kbps, over the ${encode.maxVideoKbps} kbps cap`);
    expect(Math.abs(v.durationSeconds - expectedSeconds) <= DURATION_TOLERANCE_SECONDS, `video runs ${v.durationSeconds} s, not the episode's ${expectedSeconds} s`);
  }
  if (!a) issues.push('has no audio stream');
  else {
    expect(a.codec === 'aac' && a.profile === 'LC', `audio is ${a.codec} ${a.profile}, not AAC-LC`);
    expect(a.sampleRateHz === 48_000 && a.channels === 2, `audio is ${a.sampleRateHz} Hz with ${a.channels} channel(s), not 48 kHz stereo`);
    expect(limits.audioMaxKbps === null || a.kbps <= limits.audioMaxKbps * BITRATE_TOLERANCE, `audio bitrate is ${Math.round(a.kbps)} kbps, over ${limits.name}'s ${limits.audioMaxKbps} kbps`);
  }
  expect(s.durationSeconds >= limits.minSeconds - DURATION_TOLERANCE_SECONDS && s.durationSeconds <= limits.maxSeconds + DURATION_TOLERANCE_SECONDS, `runs ${s.durationSeconds} s, outside ${limits.name}'s ${limits.minSeconds}–${limits.maxSeconds} s`);
  expect(limits.maxBytes === null || s.bytes <= limits.maxBytes, `is ${s.bytes} bytes, over ${limits.name}'s ${limits.maxBytes} bytes`);
  const moov = layout.topLevel.indexOf('moov');
  const mdat = layout.topLevel.indexOf('mdat');
  expect(moov !== -1 && (mdat === -1 || moov < mdat), 'moov atom is not before the media data (no faststart)');
  expect(!layout.hasEditList, 'has an edit list');
  expect((s.keyframeSeconds[0] ?? 1) < 1e-3, `video starts at ${s.keyframeSeconds[0] ?? '?'} s, not 0 (out of sync with the sound)`);
  const gaps = s.keyframeSeconds.slice(1).map((t, i) => t - (s.keyframeSeconds[i] ?? 0));
  const longest = Math.max(0, ...gaps);
  expect(s.keyframeSeconds.length > 0 && longest <= encode.gopFrames / fps + 1e-3, `keyframes are up to ${longest.toFixed(2)} s apart, more than ${encode.gopFrames} frames`);
  return issues;
};
