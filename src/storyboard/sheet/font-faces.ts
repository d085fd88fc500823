import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The shipped faces the sheet uses: Inter for notes, Playfair Display for the episode title. */
const FACES = [
  { family: 'Inter', weight: 400, style: 'normal', file: '@fontsource/inter/files/inter-latin-400-normal.woff2' },
  { family: 'Inter', weight: 400, style: 'italic', file: '@fontsource/inter/files/inter-latin-400-italic.woff2' },
  { family: 'Inter', weight: 600, style: 'normal', file: '@fontsource/inter/files/inter-latin-600-normal.woff2' },
  { family: 'Inter', weight: 700, style: 'normal', file: '@fontsource/inter/files/inter-latin-700-normal.woff2' },
  { family: 'Inter', weight: 800, style: 'normal', file: '@fontsource/inter/files/inter-latin-800-normal.woff2' },
  { family: 'Playfair Display', weight: 700, style: 'normal', file: '@fontsource/playfair-display/files/playfair-display-latin-700-normal.woff2' },
] as const;

/**
 * @font-face rules with the fonts inlined as data URLs: the sheet is loaded from memory (about:blank), where
 * file:// fonts are blocked, and nothing is ever fetched from the internet.
 */
export const fontFaceCss = (): string =>
  FACES.map((face) => {
    const data = readFileSync(require.resolve(face.file)).toString('base64');
    return `@font-face{font-family:"${face.family}";font-weight:${face.weight};font-style:${face.style};src:url(data:font/woff2;base64,${data}) format("woff2");}`;
  }).join('\n');
