import { bundle } from '@remotion/bundler';
import {
  makeCancelSignal,
  openBrowser,
  renderMedia,
  renderStill,
  selectComposition,
  type RenderMediaProgress,
} from '@remotion/renderer';
import { findBrowser, noBrowserError, type BrowserChoice } from './browser';
import { writeAtomically } from './atomic-output';
import type { FrameRange } from './frame-range';
import { ENTRY_POINT, PUBLIC_DIR } from './paths';

/**
 * Frames rendered in parallel. Measured on 2-core machines: 1 is fastest (Chromium's screenshot is
 * the bottleneck and a second tab only competes for it); raise it on machines with more cores.
 */
export const DEFAULT_CONCURRENCY = 1;

/** What to render: a composition and the props (series + episode) it draws. */
export type RenderTarget = {
  readonly compositionId: string;
  readonly inputProps: Readonly<Record<string, unknown>>;
};

/** Progress of one render, for a progress bar. */
export type RenderProgress = { readonly stage: 'bundling' | 'rendering'; readonly fraction: number; readonly renderedFrames: number; readonly encodedFrames: number };

/** Options shared by every render of one renderer. */
export type RendererOptions = {
  readonly browserExecutable?: string;
  readonly concurrency?: number;
  readonly onBundleProgress?: (fraction: number) => void;
};

/** Renders episodes to MP4 and stills to PNG, bundling once and reusing one browser for the whole process. */
export type Renderer = {
  readonly browser: BrowserChoice;
  readonly renderVideo: (options: {
    target: RenderTarget;
    outPath: string;
    frameRange?: FrameRange;
    onProgress?: (progress: RenderMediaProgress) => void;
  }) => Promise<void>;
  readonly renderStill: (options: { target: RenderTarget; outPath: string; frame: number }) => Promise<void>;
  readonly close: () => Promise<void>;
};

/** Creates a renderer. The bundle and the browser are made on first use and shared by every render after it. */
export const createRenderer = (options: RendererOptions = {}): Renderer => {
  const browser = findBrowser({ explicit: options.browserExecutable });
  const browserOptions = { browserExecutable: browser.executable, chromeMode: browser.chromeMode } as const;
  let serveUrl: Promise<string> | undefined;
  let instance: ReturnType<typeof openBrowser> | undefined;
  const cancels = new Set<() => void>();

  const getServeUrl = (): Promise<string> => {
    serveUrl ??= bundle({
      entryPoint: ENTRY_POINT,
      publicDir: PUBLIC_DIR,
      onProgress: (percent) => options.onBundleProgress?.(percent / 100),
    });
    return serveUrl;
  };
  const getBrowser = (): ReturnType<typeof openBrowser> => {
    instance ??= openBrowser('chrome', { ...browserOptions, logLevel: 'error' }).catch((error: unknown) => {
      throw browser.executable ? error : noBrowserError(error);
    });
    return instance;
  };
  const prepare = async (target: RenderTarget) => {
    const [url, puppeteerInstance] = await Promise.all([getServeUrl(), getBrowser()]);
    const composition = await selectComposition({
      serveUrl: url,
      id: target.compositionId,
      inputProps: { ...target.inputProps },
      puppeteerInstance,
      ...browserOptions,
      logLevel: 'error',
    });
    return { url, puppeteerInstance, composition };
  };

  return {
    browser,
    renderVideo: async ({ target, outPath, frameRange, onProgress }) => {
      const { url, puppeteerInstance, composition } = await prepare(target);
      const { cancelSignal, cancel } = makeCancelSignal();
      cancels.add(cancel);
      try {
        await writeAtomically(outPath, async (tempPath) => {
          await renderMedia({
            serveUrl: url,
            composition,
            inputProps: { ...target.inputProps },
            codec: 'h264',
            audioCodec: 'aac',
            enforceAudioTrack: true,
            imageFormat: 'jpeg',
            outputLocation: tempPath,
            frameRange: frameRange ? [frameRange[0], frameRange[1]] : null,
            concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
            puppeteerInstance,
            cancelSignal,
            onProgress,
            ...browserOptions,
            logLevel: 'error',
          });
        });
      } finally {
        cancels.delete(cancel);
      }
    },
    renderStill: async ({ target, outPath, frame }) => {
      const { url, puppeteerInstance, composition } = await prepare(target);
      await writeAtomically(outPath, async (tempPath) => {
        await renderStill({
          serveUrl: url,
          composition,
          inputProps: { ...target.inputProps },
          frame,
          output: tempPath,
          imageFormat: 'png',
          puppeteerInstance,
          ...browserOptions,
          logLevel: 'error',
        });
      });
    },
    close: async () => {
      for (const cancel of cancels) cancel();
      if (instance) await (await instance.catch(() => null))?.close({ silent: true });
    },
  };
};
