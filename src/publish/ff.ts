import { RenderInternals, type CancelSignal } from '@remotion/renderer';

/**
 * Runs Remotion's bundled ffmpeg or ffprobe (the ones that encoded the render, on every platform Remotion
 * supports, so publish needs no system package). Paths must be absolute: the tool runs in its own folder.
 */
export const runFf = async ({ bin, args, cancelSignal }: { bin: 'ffmpeg' | 'ffprobe'; args: readonly string[]; cancelSignal?: CancelSignal }): Promise<{ stdout: string; stderr: string }> => {
  const { stdout, stderr } = await RenderInternals.callFf({ bin, args: [...args], indent: false, logLevel: 'error', binariesDirectory: null, cancelSignal });
  return { stdout, stderr };
};
