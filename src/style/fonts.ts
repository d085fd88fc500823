import { loadFont } from '@remotion/fonts';
import inter300 from '@fontsource/inter/files/inter-latin-300-normal.woff2';
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2';
import inter800 from '@fontsource/inter/files/inter-latin-800-normal.woff2';
import anton400 from '@fontsource/anton/files/anton-latin-400-normal.woff2';
import playfair400 from '@fontsource/playfair-display/files/playfair-display-latin-400-normal.woff2';
import playfair400Italic from '@fontsource/playfair-display/files/playfair-display-latin-400-italic.woff2';
import playfair700 from '@fontsource/playfair-display/files/playfair-display-latin-700-normal.woff2';
import type { FontFamily } from '../schema';

/** Every face the project ships: bundled woff2 files, so no render ever fetches a font from the internet. */
export const SHIPPED_FONT_FACES: readonly { family: FontFamily; weight: string; style?: 'italic'; url: string }[] = [
  { family: 'Inter', weight: '300', url: inter300 },
  { family: 'Inter', weight: '400', url: inter400 },
  { family: 'Inter', weight: '600', url: inter600 },
  { family: 'Inter', weight: '700', url: inter700 },
  { family: 'Inter', weight: '800', url: inter800 },
  { family: 'Anton', weight: '400', url: anton400 },
  { family: 'Playfair Display', weight: '400', url: playfair400 },
  { family: 'Playfair Display', weight: '400', style: 'italic', url: playfair400Italic },
  { family: 'Playfair Display', weight: '700', url: playfair700 },
];

/** CSS fallbacks per family, used only if a face failed to load. */
const FALLBACKS: Record<FontFamily, string> = {
  Inter: 'Helvetica, Arial, sans-serif',
  Anton: 'Impact, "Arial Narrow", sans-serif',
  'Playfair Display': 'Georgia, serif',
};

let loading: Promise<void> | null = null;

/** Loads the shipped faces once; loadFont holds rendering (delayRender) until each face is ready. */
export const loadShippedFonts = (): Promise<void> => {
  loading ??= Promise.all(
    SHIPPED_FONT_FACES.map((face) => loadFont({ family: face.family, url: face.url, weight: face.weight, style: face.style ?? 'normal' })),
  ).then(() => undefined);
  return loading;
};

/** A CSS font-family value for a shipped family. */
export const fontStack = (family: FontFamily): string => `"${family}", ${FALLBACKS[family]}`;
