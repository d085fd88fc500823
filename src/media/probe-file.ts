import { open } from 'node:fs/promises';
import path from 'node:path';
import { FilePathSource } from 'mediabunny';
import { IMAGE_HEADER_BYTES } from './image-size';
import { mediaKindOf } from './kinds';
import { probeImageBytes, probeSource, type MediaProbe, type ProbeResult } from './probe';

const readStart = async (file: string): Promise<Uint8Array> => {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(IMAGE_HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, IMAGE_HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

/** Probes files under a public/ folder in Node, each file once per probe. */
export const fileProbe = (publicDir: string): MediaProbe => {
  const seen = new Map<string, Promise<ProbeResult>>();
  return (src) => {
    const full = path.join(publicDir, src);
    let result = seen.get(src);
    if (!result) {
      result = mediaKindOf(src) === 'image' ? readStart(full).then(probeImageBytes) : probeSource(new FilePathSource(full));
      seen.set(src, result);
    }
    return result;
  };
};
