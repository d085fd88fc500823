export { loadShippedFonts, fontStack, SHIPPED_FONT_FACES } from './fonts';
export { lookOf } from './look';
export type { Look } from './look';
export { outlinedText } from './outline';
export { withAlpha, mixColor } from './color';
