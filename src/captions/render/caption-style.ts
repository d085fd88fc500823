import type { CaptionStyle, Episode, FontFamily, SeriesStyle } from '../../schema';

/**
 * The heaviest weight the project ships of each family (src/style/fonts.ts): captions are bold, and asking for a
 * weight that is not shipped would fall back to a synthesized bold.
 */
export const CAPTION_FONT_WEIGHTS: Readonly<Record<FontFamily, number>> = { Inter: 800, Anton: 400, 'Playfair Display': 700 };

/** A caption style with the episode's changes applied and every colour decided (the highlight may still follow the speaker). */
export type ResolvedCaptionStyle = Omit<CaptionStyle, 'emphasisColor'> & { readonly emphasisColor: string; readonly fontWeight: number };

/** The series' caption style, with the fields the episode sets replacing the series' ones. */
export const captionStyleOf = ({ style, episode }: { style: SeriesStyle; episode: Episode }): ResolvedCaptionStyle => {
  const override = Object.fromEntries(Object.entries(episode.captions?.style ?? {}).filter(([, value]) => value !== undefined));
  const merged: CaptionStyle = { ...style.captions, ...override };
  return { ...merged, emphasisColor: merged.emphasisColor ?? style.palette.accent, fontWeight: CAPTION_FONT_WEIGHTS[merged.font] };
};
