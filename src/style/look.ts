import type { SeriesStyle } from '../schema';
import { fontStack } from './fonts';

/** A series style ready for CSS: the palette and the font stacks every beat draws with. */
export type Look = {
  readonly palette: SeriesStyle['palette'];
  readonly displayFont: string;
  readonly bodyFont: string;
  /** Playfair Display: the serif kept for end-card teasers and other moments that should feel written. */
  readonly serifFont: string;
};

/** The look of a series, so every episode draws with the same colours and type. */
export const lookOf = (style: SeriesStyle): Look => ({
  palette: style.palette,
  displayFont: fontStack(style.fonts.display),
  bodyFont: fontStack(style.fonts.body),
  serifFont: fontStack('Playfair Display'),
});
