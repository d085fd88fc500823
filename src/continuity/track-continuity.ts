import type { EpisodeJob } from '../schema';

/** A setting or lighting line, and whether it was stated by an earlier beat and carried into this one. */
export type Stated = { readonly text: string; readonly carried: boolean };

/** What a character wears and carries at a beat, and since which beat (null: from the series bible, or never stated). */
export type CharacterLook = {
  readonly wardrobe: string;
  readonly wardrobeSince: string | null;
  /** Null until a continuity note names the character's props. */
  readonly props: readonly string[] | null;
  readonly propsSince: string | null;
};

/** Where and how a beat plays, with everything carried over from the beats before it. */
export type BeatContinuity = {
  readonly setting: Stated | null;
  readonly lighting: Stated | null;
  /** Every character of the series, by id. */
  readonly looks: ReadonlyMap<string, CharacterLook>;
};

const carry = (stated: string | undefined, before: Stated | null): Stated | null =>
  stated !== undefined && stated.trim() !== '' ? { text: stated.trim(), carried: false } : before && { text: before.text, carried: true };

/** The looks every character starts an episode with: the series bible's wardrobe, no props. */
export const initialLooks = (job: EpisodeJob): ReadonlyMap<string, CharacterLook> =>
  new Map(job.series.characters.map((c) => [c.id, { wardrobe: c.wardrobe, wardrobeSince: null, props: null, propsSince: null }]));

/**
 * Walks an episode's beats the way a script supervisor reads them: a setting, a lighting line and a
 * character's wardrobe and props hold until a later beat states otherwise. Pure.
 */
export const trackContinuity = (job: EpisodeJob): BeatContinuity[] => {
  let setting: Stated | null = null;
  let lighting: Stated | null = null;
  let looks = initialLooks(job);
  return job.episode.beats.map((beat): BeatContinuity => {
    setting = carry(beat.shot.setting, setting);
    lighting = carry(beat.shot.lighting, lighting);
    if (beat.continuity && beat.continuity.length > 0) {
      const next = new Map(looks);
      for (const note of beat.continuity) {
        const look = next.get(note.character);
        if (!look) continue;
        next.set(note.character, {
          wardrobe: note.wardrobe ?? look.wardrobe,
          wardrobeSince: note.wardrobe === undefined ? look.wardrobeSince : beat.id,
          props: note.props ?? look.props,
          propsSince: note.props === undefined ? look.propsSince : beat.id,
        });
      }
      looks = next;
    }
    return { setting, lighting, looks };
  });
};
