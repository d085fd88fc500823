import { renderMedia } from '@remotion/renderer';
import type { RenderSession } from '../renderer';
import { cutsOf, withKeyframesAt, type Run } from './runs';

/** How segments are encoded. Part of every key: segments encoded differently must never be joined. */
export type EncodeSettings = { readonly colorSpace: 'default' | 'bt709' };

/**
 * Renders one run of frames to an MP4 with Remotion's own pipeline (the settings `renderVideo` uses: H.264, JPEG
 * frames, parallel encoding), without sound (mixed apart, src/audio/mix), plus a keyframe wherever a segment starts so
 * the run can be cut without re-encoding. The renderer of a machine without an ffmpeg that can composite layers.
 */
export const renderRun = async ({
  session,
  inputProps,
  run,
  outPath,
  encode,
  onFrames,
}: {
  session: RenderSession;
  inputProps: Readonly<Record<string, unknown>>;
  run: Run;
  outPath: string;
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
      muted: true,
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
