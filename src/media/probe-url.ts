import { UrlSource } from 'mediabunny';
import { staticFile } from 'remotion';
import { IMAGE_HEADER_BYTES } from './image-size';
import { mediaKindOf } from './kinds';
import { probeImageBytes, probeSource, type MediaProbe, type ProbeResult } from './probe';

const fetchStart = async (url: string): Promise<Uint8Array> => {
  const response = await fetch(url, { headers: { Range: `bytes=0-${IMAGE_HEADER_BYTES - 1}` } });
  return new Uint8Array(await response.arrayBuffer()).subarray(0, IMAGE_HEADER_BYTES);
};

/** Probes files in public/ from the browser (Studio's calculateMetadata), with the same checks as Node. */
export const urlProbe = (): MediaProbe => {
  const seen = new Map<string, Promise<ProbeResult>>();
  return (src) => {
    const url = staticFile(src);
    let result = seen.get(src);
    if (!result) {
      result = mediaKindOf(src) === 'image' ? fetchStart(url).then(probeImageBytes) : probeSource(new UrlSource(url));
      seen.set(src, result);
    }
    return result;
  };
};
