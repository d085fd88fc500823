import { ALL_FORMATS, EncodedPacketSink, Input, type InputTrack, type Source } from 'mediabunny';
import { readImageHeader } from './image-size';

/** What a media file holds, as far as rendering and validation need to know. Images have a picture track and no duration. */
export type MediaFacts = {
  readonly container: string;
  readonly durationInSeconds: number | null;
  readonly video: { readonly codec: string | null; readonly width: number; readonly height: number; readonly fps: number | null } | null;
  readonly audio: { readonly codec: string | null; readonly sampleRate: number; readonly channels: number } | null;
};

/** A probe's outcome: the facts, or why the file cannot be read (a phrase that follows "it"). */
export type ProbeResult = { readonly ok: true; readonly facts: MediaFacts } | { readonly ok: false; readonly reason: string };

/** Probes one path inside public/. Node reads files, the Studio fetches URLs; both end in the functions below. */
export type MediaProbe = (src: string) => Promise<ProbeResult>;

/** Facts of a PNG, JPEG or WebP from the first bytes of the file. */
export const probeImageBytes = (bytes: Uint8Array): ProbeResult => {
  const header = readImageHeader(bytes);
  if (!header) return { ok: false, reason: 'is not a PNG, JPEG or WebP image (its header is missing or damaged)' };
  return { ok: true, facts: { container: header.format.toUpperCase(), durationInSeconds: null, video: { codec: header.format, width: header.width, height: header.height, fps: null }, audio: null } };
};

/** Reading a track's first packet proves its data is there, not only its header. */
const readsData = async (track: InputTrack | null): Promise<boolean> => track === null || (await new EncodedPacketSink(track).getFirstPacket()) !== null;

/** Facts of a video or audio file, read with Mediabunny (the library Remotion's own media tags use). */
export const probeSource = async (source: Source): Promise<ProbeResult> => {
  const input = new Input({ source, formats: ALL_FORMATS });
  try {
    if (!(await input.canRead())) return { ok: false, reason: 'is not a video or audio file in a format that can be read' };
    const [format, videoTrack, audioTrack] = await Promise.all([input.getFormat(), input.getPrimaryVideoTrack(), input.getPrimaryAudioTrack()]);
    if (!videoTrack && !audioTrack) return { ok: false, reason: 'has no video or audio track (the file may be cut short)' };
    if (!(await readsData(videoTrack)) || !(await readsData(audioTrack))) return { ok: false, reason: 'has tracks without any data (the file is cut short)' };
    const video = videoTrack
      ? {
          codec: await videoTrack.getCodec(),
          width: await videoTrack.getDisplayWidth(),
          height: await videoTrack.getDisplayHeight(),
          fps: (await videoTrack.computeFrameRateMetrics()).bestGuessFrameRate,
        }
      : null;
    const audio = audioTrack ? { codec: await audioTrack.getCodec(), sampleRate: await audioTrack.getSampleRate(), channels: await audioTrack.getNumberOfChannels() } : null;
    return { ok: true, facts: { container: format.name, durationInSeconds: await input.computeDuration(), video, audio } };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: `is damaged or cut short (${detail})` };
  } finally {
    input.dispose();
  }
};
