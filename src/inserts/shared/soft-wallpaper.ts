import { random } from 'remotion';
import { parseColor } from './colors';

/**
 * A "blurred photo" wallpaper for almost nothing: a small bitmap of palette colours that the browser
 * scales up. Far cheaper than filter: blur() or layered gradients on a CPU renderer.
 * Colour blobs on a 4x7 grid read as an out-of-focus photo; more make busier wallpapers.
 */
const CELL_COLUMNS = 4;
const CELL_ROWS = 7;
/**
 * Bitmap size. The blobs are blended smoothly here, so the browser's bilinear upscale of 27x48
 * pixels shows no blocky crosses; the data URI stays about 4 KB.
 */
const PIXEL_COLUMNS = 27;
const PIXEL_ROWS = 48;
const BMP_HEADER_BYTES = 54;

type Rgb = readonly number[];

const smoothstep = (t: number): number => t * t * (3 - 2 * t);

const lerp = (a: Rgb, b: Rgb, t: number): Rgb => a.map((v, i) => v + ((b[i] ?? v) - v) * t);

const bytesLe = (value: number, length: number): number[] =>
  Array.from({ length }, (_, i) => (value >>> (8 * i)) & 0xff);

/** A 24-bit BMP file (bottom-up rows, BGR pixels) as bytes. */
const encodeBmp = (width: number, height: number, pixel: (x: number, y: number) => readonly number[]): number[] => {
  const rowBytes = Math.ceil((width * 3) / 4) * 4;
  const size = BMP_HEADER_BYTES + rowBytes * height;
  const header = [
    0x42, 0x4d, ...bytesLe(size, 4), ...bytesLe(0, 4), ...bytesLe(BMP_HEADER_BYTES, 4),
    ...bytesLe(40, 4), ...bytesLe(width, 4), ...bytesLe(height, 4), ...bytesLe(1, 2), ...bytesLe(24, 2),
    ...bytesLe(0, 4), ...bytesLe(rowBytes * height, 4), ...bytesLe(2835, 4), ...bytesLe(2835, 4),
    ...bytesLe(0, 4), ...bytesLe(0, 4),
  ];
  const rows: number[] = [];
  for (let y = height - 1; y >= 0; y--) {
    const row: number[] = [];
    for (let x = 0; x < width; x++) {
      const [r = 0, g = 0, b = 0] = pixel(x, y);
      row.push(b, g, r);
    }
    while (row.length < rowBytes) row.push(0);
    rows.push(...row);
  }
  return [...header, ...rows];
};

/** A data URI of a tiny bitmap whose cells are random blends of `colors`; show it stretched. */
export const softWallpaperUri = ({ colors, seed }: { colors: readonly string[]; seed: string }): string => {
  const rgbs = colors.map(parseColor);
  const cell = (x: number, y: number): Rgb => {
    const pick = random(`${seed}-${x}-${y}`) * (rgbs.length - 1);
    const low = rgbs[Math.floor(pick)] ?? [0, 0, 0];
    return lerp(low, rgbs[Math.ceil(pick)] ?? low, pick - Math.floor(pick));
  };
  const bytes = encodeBmp(PIXEL_COLUMNS, PIXEL_ROWS, (px, py) => {
    const u = (px / (PIXEL_COLUMNS - 1)) * (CELL_COLUMNS - 1);
    const v = (py / (PIXEL_ROWS - 1)) * (CELL_ROWS - 1);
    const [x, y] = [Math.min(Math.floor(u), CELL_COLUMNS - 2), Math.min(Math.floor(v), CELL_ROWS - 2)];
    const [tu, tv] = [smoothstep(u - x), smoothstep(v - y)];
    return lerp(lerp(cell(x, y), cell(x + 1, y), tu), lerp(cell(x, y + 1), cell(x + 1, y + 1), tu), tv);
  });
  return `data:image/bmp;base64,${btoa(String.fromCharCode(...bytes))}`;
};
