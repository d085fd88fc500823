import { SAMPLE_RATE } from './dsp';

/** Encodes samples (−1…1; interleaved when there are several channels) as a 16-bit PCM WAV file. */
export const encodeWav = (samples: Float32Array, sampleRate = SAMPLE_RATE, channels = 1): Uint8Array => {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2 * channels, true);
  view.setUint16(32, 2 * channels, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true));
  return bytes;
};

/** A PCM WAV file's byte rate and its sample data (the `data` chunk); null when it is not a WAV file. */
const wavData = (bytes: Uint8Array): { byteRate: number; channels: number; data: Uint8Array } | null => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return null;
  let byteRate = 0;
  let channels = 1;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'fmt ' && at + 16 <= bytes.length) {
      channels = view.getUint16(at + 10, true);
      byteRate = view.getUint32(at + 16, true);
    }
    // espeak-ng writes a data size of 0x7fffffff when it streams; the real size is what follows the header.
    if (tag(at) === 'data') return { byteRate, channels, data: bytes.subarray(at + 8, at + 8 + Math.min(size, bytes.length - at - 8)) };
    at += 8 + size + (size % 2);
  }
  return null;
};

/** Seconds of audio in a PCM WAV file, from its header; null when it is not one. */
export const wavSeconds = (bytes: Uint8Array): number | null => {
  const wav = wavData(bytes);
  return wav && wav.byteRate > 0 ? wav.data.length / wav.byteRate : null;
};

/** The samples of a 16-bit PCM WAV file as floats (−1…1, interleaved as stored) and how many channels they interleave. */
export const decodeWav16 = (bytes: Uint8Array): { samples: Float32Array; channels: number } => {
  const wav = wavData(bytes);
  if (!wav) throw new Error('Not a WAV file');
  const view = new DataView(wav.data.buffer, wav.data.byteOffset, wav.data.byteLength);
  const samples = new Float32Array(Math.floor(wav.data.byteLength / 2));
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(i * 2, true) / 32768;
  return { samples, channels: wav.channels };
};
