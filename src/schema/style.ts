import { z } from 'zod';
import { zColor } from '@remotion/zod-types';
import { FONT_FAMILIES } from './vocabulary';
import { captionStyleSchema } from './captions';

/** The visual identity every episode of a series shares. */
export const seriesStyleSchema = z.strictObject({
  fonts: z
    .strictObject({
      display: z.enum(FONT_FAMILIES).default('Anton'),
      body: z.enum(FONT_FAMILIES).default('Inter'),
    })
    .default({ display: 'Anton', body: 'Inter' }),
  palette: z
    .strictObject({
      background: zColor().default('#0d0f14'),
      surface: zColor().default('#1b1f29'),
      text: zColor().default('#f5f1ea'),
      accent: zColor().default('#e63946'),
      muted: zColor().default('#8a8f9c'),
    })
    .default({ background: '#0d0f14', surface: '#1b1f29', text: '#f5f1ea', accent: '#e63946', muted: '#8a8f9c' }),
  captions: captionStyleSchema.default(captionStyleSchema.parse({})).describe('How burned-in captions look: font, colours, position, animation'),
});

export type SeriesStyle = z.output<typeof seriesStyleSchema>;
