import { seriesPackagingSchema, type Episode, type Series, type SeriesPackaging } from '../schema';

/** The packaging of a series whose bible says nothing: every default of the schema. */
export const DEFAULT_PACKAGING: SeriesPackaging = seriesPackagingSchema.parse({});

/** A series' packaging, defaults included. */
export const packagingOf = (series: Pick<Series, 'packaging'>): SeriesPackaging => series.packaging ?? DEFAULT_PACKAGING;

/** Which packaging parts one episode shows: its own switch where it has one, else the series'. */
export type PackagingSwitches = { readonly titleCard: boolean; readonly nextPointer: boolean; readonly recap: boolean };

/** The switches of an episode. The first episode has nothing to recap; the finale points nowhere. */
export const switchesOf = ({ series, episode }: { series: Pick<Series, 'packaging'>; episode: Pick<Episode, 'number' | 'packaging'> }): PackagingSwitches => {
  const packaging = packagingOf(series);
  const own = episode.packaging;
  const beforeFinale = packaging.lastEpisode === undefined || episode.number < packaging.lastEpisode;
  return {
    titleCard: own?.titleCard ?? packaging.titleCard.enabled,
    nextPointer: beforeFinale && (own?.nextPointer ?? packaging.nextPointer.enabled),
    recap: episode.number > 1 && (own?.recap ?? packaging.recap.enabled),
  };
};

/** Fills `{name}` placeholders; the schema has already rejected unknown ones. */
export const fillTemplate = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{([^{}]*)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The short conflict line of the cover and the post caption: the episode's own, else its hook overlay, else its title. */
export const conflictLineOf = (episode: Pick<Episode, 'packaging' | 'beats' | 'title'>): string => {
  const [overlay] = episode.beats.flatMap((beat) => (beat.type === 'hook' && beat.overlay ? [beat.overlay] : []));
  return episode.packaging?.conflict ?? (overlay ? overlay.trim() : episode.title);
};
