type Rgb = readonly [number, number, number];

/** Palette colours that are not hex or rgb() are treated as this neutral grey. */
const FALLBACK_RGB: Rgb = [128, 128, 128];

/** A hex digit pair as a number; `repeat` 2 turns the shorthand "f" into "ff". */
const hex = (digits: string | undefined, repeat = 1): number => parseInt((digits ?? '0').repeat(repeat), 16);

/** Parses #rgb, #rrggbb, #rrggbbaa, rgb() and rgba() colours; anything else gives a neutral grey. */
export const parseColor = (color: string): Rgb => {
  const c = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return [hex(short[1], 2), hex(short[2], 2), hex(short[3], 2)];
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})(?:[0-9a-f]{2})?$/.exec(c);
  if (long) return [hex(long[1]), hex(long[2]), hex(long[3])];
  const fn = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(c);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  return FALLBACK_RGB;
};

const toHex = (rgb: Rgb): string =>
  `#${rgb.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;

/** `a` mixed with `b`: t = 0 gives a, t = 1 gives b. */
export const mixColors = (a: string, b: string, t: number): string => {
  const [ar, ag, ab] = parseColor(a);
  const [br, bg, bb] = parseColor(b);
  return toHex([ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t]);
};

/** `color` with an alpha channel, as rgba(). */
export const withAlpha = (color: string, alpha: number): string => {
  const [r, g, b] = parseColor(color);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
};

/** Relative luminance (WCAG 2), 0 = black, 1 = white. */
export const luminance = (color: string): number => {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseColor(color);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** Black or white, whichever reads better on `background`. */
export const readableTextColor = (background: string): string =>
  luminance(background) > 0.4 ? '#111114' : '#ffffff';

/** `color` darkened until it reads as text or an icon on white (a pale accent like #f4d35e turns ochre). */
export const inkOnLight = (color: string): string => (luminance(color) > 0.3 ? mixColors(color, '#000000', 0.45) : color);
