import { bundle } from '@remotion/bundler';
import {
  makeCancelSignal,
  openBrowser,
  renderFrames,
  renderMedia,
  renderStill,
  selectComposition,
  type RenderFramesOptions,
  type RenderMediaProgress,
} from '@remotion/renderer';
import { findBrowser, noBrowserError, type BrowserChoice } from './browser';
import { writeAtomically } from './atomic-output';
import type { FrameRange } from './frame-range';
import { ENTRY_POINT, PUBLIC_DIR } from './paths';
import type { LoudnessTarget } from '../schema';
import { DEFAULT_LOUDNESS, masterLoudness } from '../audio/loudness/master';
import type { LoudnessResult } from '../audio/loudness/normalize';

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
  /** Where the bundle comes from instead of bundling here, e.g. a cached bundle (src/render/segments); called once. */
  readonly serveUrl?: () => Promise<string>;
};

/** What a caller needs to run @remotion/renderer itself on the renderer's bundle, browser and composition (the segment cache does). */
export type RenderSession = {
  readonly serveUrl: string;
  readonly puppeteerInstance: Awaited<ReturnType<typeof openBrowser>>;
  readonly composition: Awaited<ReturnType<typeof selectComposition>>;
  readonly browserOptions: { readonly browserExecutable: string | null; readonly chromeMode: BrowserChoice['chromeMode'] };
  readonly concurrency: number;
  /** Runs a render with a cancel signal that close() (Ctrl-C) fires. */
  readonly cancellable: <T>(run: (cancelSignal: ReturnType<typeof makeCancelSignal>['cancelSignal']) => Promise<T>) => Promise<T>;
};

/** Renders episodes to MP4 and stills to PNG, bundling once and reusing one browser for the whole process. */
export type Renderer = {
  readonly browser: BrowserChoice;
  readonly renderVideo: (options: {
    target: RenderTarget;
    outPath: string;
    frameRange?: FrameRange;
    onProgress?: (progress: RenderMediaProgress) => void;
    /** The mix's loudness target (default −14 LUFS, −1 dBTP); null leaves the mix as rendered (segments of a longer render). */
    loudness?: LoudnessTarget | null;
    onLoudness?: (result: LoudnessResult | null) => void;
    /** 'bt709' encodes limited-range BT.709 yuv420p (what platforms expect) instead of Remotion's default full-range yuvj420p. */
    colorSpace?: 'bt709';
  }) => Promise<void>;
  /** `scale` below 1 renders a smaller, faster still (storyboard thumbnails); `imageFormat` defaults to PNG. */
  readonly renderStill: (options: { target: RenderTarget; outPath: string; frame: number; scale?: number; imageFormat?: 'png' | 'jpeg' }) => Promise<void>;
  /** Plays frames in the browser without taking pictures (imageFormat 'none') and hands over the text artifacts they emit (Remotion's <Artifact/>). */
  readonly visitFrames: (options: {
    target: RenderTarget;
    frames: readonly number[];
    envVariables: Readonly<Record<string, string>>;
    onArtifact: (artifact: { filename: string; content: string; frame: number }) => void;
  }) => Promise<void>;
  /**
   * Renders several frames as images in one pass over one tab, handing each over as it is done: 4–5x faster than a
   * renderStill per frame (which opens a tab and loads the bundle each time). Frames must be unique and ascending.
   */
  readonly renderImages: (options: {
    target: RenderTarget;
    frames: readonly number[];
    scale?: number;
    imageFormat?: 'png' | 'jpeg';
    onImage: (image: Buffer, frame: number) => void;
  }) => Promise<void>;
  /** The bundle, browser and composition of a target, for renders the methods above do not cover. */
  readonly session: (target: RenderTarget) => Promise<RenderSession>;
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
    serveUrl ??= options.serveUrl?.() ?? bundle({
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
  // selectComposition costs ~0.6 s (it opens a tab); several stills of one episode (a storyboard) share one result.
  const compositions = new Map<string, ReturnType<typeof selectComposition>>();
  const prepare = async (target: RenderTarget) => {
    const [url, puppeteerInstance] = await Promise.all([getServeUrl(), getBrowser()]);
    const key = JSON.stringify([target.compositionId, target.inputProps]);
    const selecting =
      compositions.get(key) ??
      selectComposition({
        serveUrl: url,
        id: target.compositionId,
        inputProps: { ...target.inputProps },
        puppeteerInstance,
        ...browserOptions,
        logLevel: 'error',
      });
    compositions.set(key, selecting);
    return { url, puppeteerInstance, composition: await selecting };
  };

  /** One renderFrames pass over chosen frames of a prepared composition, without writing frames to disk. */
  const framePass = async (
    target: RenderTarget,
    frames: readonly number[],
    pass: Pick<RenderFramesOptions, 'imageFormat' | 'concurrency'> & Partial<Pick<RenderFramesOptions, 'scale' | 'envVariables' | 'onArtifact' | 'onFrameBuffer'>>,
  ): Promise<void> => {
    const { url, puppeteerInstance, composition } = await prepare(target);
    await renderFrames({
      serveUrl: url,
      composition,
      inputProps: { ...target.inputProps },
      frames: [...frames],
      outputDir: null,
      onStart: () => undefined,
      onFrameUpdate: () => undefined,
      puppeteerInstance,
      ...browserOptions,
      ...pass,
      logLevel: 'error',
    });
  };

  return {
    browser,
    renderVideo: async ({ target, outPath, frameRange, onProgress, loudness, onLoudness, colorSpace }) => {
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
            ...(colorSpace ? { colorSpace, pixelFormat: 'yuv420p' as const } : {}),
            outputLocation: tempPath,
            frameRange: frameRange ? [frameRange[0], frameRange[1]] : null,
            concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
            puppeteerInstance,
            cancelSignal,
            onProgress,
            ...browserOptions,
            logLevel: 'error',
          });
          const mastered = await masterLoudness({ file: tempPath, target: loudness === undefined ? DEFAULT_LOUDNESS : loudness });
          onLoudness?.(mastered);
        });
      } finally {
        cancels.delete(cancel);
      }
    },
    renderStill: async ({ target, outPath, frame, scale = 1, imageFormat = 'png' }) => {
      const { url, puppeteerInstance, composition } = await prepare(target);
      await writeAtomically(outPath, async (tempPath) => {
        await renderStill({
          serveUrl: url,
          composition,
          inputProps: { ...target.inputProps },
          frame,
          output: tempPath,
          imageFormat,
          scale,
          puppeteerInstance,
          ...browserOptions,
          logLevel: 'error',
        });
      });
    },
    visitFrames: ({ target, frames, envVariables, onArtifact }) =>
      framePass(target, frames, {
        imageFormat: 'none',
        envVariables: { ...envVariables },
        onArtifact: ({ filename, content, frame }) => onArtifact({ filename, content: typeof content === 'string' ? content : new TextDecoder().decode(content), frame }),
        concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      }),
    renderImages: ({ target, frames, scale = 1, imageFormat = 'png', onImage }) =>
      framePass(target, frames, { imageFormat, scale, onFrameBuffer: (buffer, frame) => onImage(buffer, frame), concurrency: 1 }),
    session: async (target) => {
      const { url, puppeteerInstance, composition } = await prepare(target);
      const cancellable: RenderSession['cancellable'] = async (run) => {
        const { cancelSignal, cancel } = makeCancelSignal();
        cancels.add(cancel);
        try {
          return await run(cancelSignal);
        } finally {
          cancels.delete(cancel);
        }
      };
      return { serveUrl: url, puppeteerInstance, composition, browserOptions, concurrency: options.concurrency ?? DEFAULT_CONCURRENCY, cancellable };
    },
    close: async () => {
      for (const cancel of cancels) cancel();
      if (instance) await (await instance.catch(() => null))?.close({ silent: true });
    },
  };
};
