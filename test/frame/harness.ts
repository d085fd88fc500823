import path from 'node:path';
import { bundle } from '@remotion/bundler';
import { openBrowser, renderStill, selectComposition } from '@remotion/renderer';
import { PNG } from 'pngjs';
import { findBrowser } from '../../src/render/browser';

/** An sRGB colour. */
export type Rgb = readonly [number, number, number];
/** A rectangle in canvas pixels. */
export type Rect = { x: number; y: number; w: number; h: number };

/** Renders single frames of compositions of one bundle with one browser, as PNGs in memory. */
export type FrameRenderer = {
  frameOf: (id: string, frame: number, inputProps?: Record<string, unknown>) => Promise<PNG>;
  close: () => Promise<void>;
};

/** Bundles an entry point once and opens one browser for all frames of a test file. */
export const startFrameRenderer = async ({ entry, publicDir }: { entry: string; publicDir?: string }): Promise<FrameRenderer> => {
  const choice = findBrowser();
  const options = { browserExecutable: choice.executable, chromeMode: choice.chromeMode } as const;
  const serveUrl = await bundle({ entryPoint: path.resolve(entry), ...(publicDir ? { publicDir } : {}) });
  const browser = await openBrowser('chrome', options);
  return {
    frameOf: async (id, frame, inputProps) => {
      const composition = await selectComposition({ serveUrl, id, inputProps, puppeteerInstance: browser, ...options });
      const { buffer } = await renderStill({ serveUrl, composition, frame, inputProps, puppeteerInstance: browser, ...options });
      if (!buffer) throw new Error('renderStill returned no buffer');
      return PNG.sync.read(buffer);
    },
    close: () => browser.close({ silent: true }),
  };
};

/** The colour of one pixel. */
export const pixel = (png: PNG, x: number, y: number): Rgb => {
  const i = (y * png.width + x) * 4;
  return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
};

/** Whether two colours are within a tolerance on every channel. */
export const near = (a: Rgb, b: Rgb, tolerance = 24): boolean => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

/** A colour from "#rrggbb". */
export const hex = (color: string): Rgb => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as unknown as Rgb;

/** How many pixels of a rectangle match (every 2nd pixel in each direction, for speed). */
export const countWhere = (png: PNG, rect: Rect, matches: (rgb: Rgb) => boolean): number => {
  let n = 0;
  for (let y = rect.y; y < rect.y + rect.h; y += 2) for (let x = rect.x; x < rect.x + rect.w; x += 2) if (matches(pixel(png, x, y))) n++;
  return n;
};

/** How many pixels of a rectangle are within a tolerance of a colour. */
export const count = (png: PNG, rect: Rect, color: Rgb, tolerance = 24): number => countWhere(png, rect, (rgb) => near(rgb, color, tolerance));

/** Mean luminance (0–255) of a rectangle. */
export const meanLuminance = (png: PNG, rect: Rect): number => {
  let sum = 0;
  let n = 0;
  countWhere(png, rect, ([r, g, b]) => {
    sum += 0.2126 * r + 0.7152 * g + 0.0722 * b;
    n++;
    return false;
  });
  return n === 0 ? 0 : sum / n;
};

/** The whole 1080x1920 canvas. */
export const FULL_FRAME: Rect = { x: 0, y: 0, w: 1080, h: 1920 };
