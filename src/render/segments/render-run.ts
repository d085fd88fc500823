import { renderMedia } from '@remotion/renderer';
import type { RenderSession } from '../renderer';
import { cutsOf, withKeyframesAt, type Run } from './runs';

/** How segments are encoded. Part of every key: segments encoded differently must never be joined. */
export type EncodeSettings = { readonly colorSpace: 'default' | 'bt709' };

/**
 * Renders one run of frames to an MP4 with Remotion's own pipeline (the settings `renderVideo` uses: H.264, JPEG
 * frames, parallel encoding), plus a keyframe wherever a segment starts so the run can be cut without re-encoding.
 * `soundTo` also writes the run's sound to a WAV file (a run over the whole episode renders picture and sound in one pass).
 * The sound stays PCM until it is mastered: AAC from the render would carry 2048 samples of encoder delay that its raw
 * stream cannot signal, and play 43 ms (1.3 frames) late — measured with test/render/segment-joins.test.ts.
 */
export const renderRun = async ({
  session,
  inputProps,
  run,
  outPath,
  soundTo,
  encode,
  onFrames,
}: {
  session: RenderSession;
  inputProps: Readonly<Record<string, unknown>>;
  run: Run;
  outPath: string;
  soundTo: string | null;
  encode: EncodeSettings;
  onFrames: (renderedFrames: number) => void;
}): Promise<void> => {
  const cuts = cutsOf(run);
  await session.cancellable((cancelSignal) =>
    renderMedia({
      serveUrl: session.serveUrl,
      composition: session.composition,
      inputProps: { ...inputProps },
      codec: 'h264',
      imageFormat: 'jpeg',
      ...(encode.colorSpace === 'bt709' ? { colorSpace: 'bt709' as const, pixelFormat: 'yuv420p' as const } : {}),
      frameRange: [run.fromInFrames, run.fromInFrames + run.durationInFrames - 1],
      muted: soundTo === null,
      ...(soundTo === null ? {} : { separateAudioTo: soundTo, audioCodec: 'pcm-16' as const }),
      outputLocation: outPath,
      ffmpegOverride: ({ args }) => withKeyframesAt(args, cuts),
      concurrency: session.concurrency,
      puppeteerInstance: session.puppeteerInstance,
      cancelSignal,
      onProgress: (p) => onFrames(p.renderedFrames),
      ...session.browserOptions,
      logLevel: 'error',
    }),
  );
};

/** Renders the episode's sound alone (every frame is played for its audio, none is captured) to a WAV file. */
export const renderSoundOnly = async ({ session, inputProps, outPath }: { session: RenderSession; inputProps: Readonly<Record<string, unknown>>; outPath: string }): Promise<void> => {
  await session.cancellable((cancelSignal) =>
    renderMedia({
      serveUrl: session.serveUrl,
      composition: session.composition,
      inputProps: { ...inputProps },
      codec: 'wav',
      enforceAudioTrack: true,
      outputLocation: outPath,
      concurrency: session.concurrency,
      puppeteerInstance: session.puppeteerInstance,
      cancelSignal,
      ...session.browserOptions,
      logLevel: 'error',
    }),
  );
};
