import { RenderInternals } from '@remotion/renderer';
import { createLoudnessMeter, type Bs1770Result } from './bs1770';

/** Where the samples of a WAV stream start (after the "data" chunk header), or -1 while the header is incomplete. */
export const wavDataOffset = (bytes: Uint8Array): number => {
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = String.fromCharCode(...bytes.subarray(at, at + 4));
    if (id === 'data') return at + 8;
    at += 8 + new DataView(bytes.buffer, bytes.byteOffset + at + 4, 4).getUint32(0, true);
  }
  return -1;
};

/**
 * Decodes a file's mix to 48 kHz stereo 16-bit PCM (a WAV stream: Remotion's ffmpeg has no raw muxers and no float
 * PCM encoder) and measures it (BS.1770) chunk by chunk, never holding the whole mix in memory. 16 bits resolve 96 dB,
 * far more than a gated loudness or a peak near 0 dBFS needs.
 */
export const measureFile = async (file: string): Promise<Bs1770Result> => {
  const meter = createLoudnessMeter();
  const task = RenderInternals.callFf({
    bin: 'ffmpeg',
    args: ['-hide_banner', '-nostats', '-v', 'error', '-i', file, '-vn', '-ac', '2', '-ar', '48000', '-c:a', 'pcm_s16le', '-f', 'wav', '-'],
    indent: false,
    logLevel: 'error',
    binariesDirectory: null,
    cancelSignal: undefined,
    options: { buffer: false },
  });
  let pending: Buffer = Buffer.alloc(0);
  let inHeader = true;
  task.stdout?.on('data', (chunk: Buffer) => {
    let bytes: Buffer = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    if (inHeader) {
      const offset = wavDataOffset(bytes);
      if (offset < 0) {
        pending = bytes;
        return;
      }
      inHeader = false;
      bytes = bytes.subarray(offset);
    }
    const usable = bytes.length - (bytes.length % 4);
    const samples = new Float32Array(usable / 2);
    for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2) / 32768;
    meter.push(samples);
    pending = bytes.subarray(usable);
  });
  await task;
  return meter.result();
};
