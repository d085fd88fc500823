import type { Beat, BeatType, EpisodeJob } from '../schema';

/** Where a beat stands: its own footage, a referenced file that is not there, an insert drawn in code, or still a storyboard panel. */
export const BEAT_STATES = ['media', 'missing-media', 'drawn-insert', 'animatic'] as const;
export type BeatState = (typeof BEAT_STATES)[number];

/** One beat's production status. */
export type BeatStatus = {
  readonly shot: number;
  readonly beat: string;
  readonly type: BeatType;
  readonly state: BeatState;
  /** The file in public/ the beat shows (or should show), if any. */
  readonly media: string | null;
  /** What an insert shows, e.g. "chat"; null for other beats. */
  readonly insert: string | null;
};

/** Every beat of one episode. */
export type EpisodeStatus = { readonly id: string; readonly title: string; readonly beats: readonly BeatStatus[] };

const stateOf = (beat: Beat, exists: (src: string) => boolean): { state: BeatState; media: string | null } => {
  if (beat.media) return { state: exists(beat.media.src) ? 'media' : 'missing-media', media: beat.media.src };
  if (beat.type !== 'insert') return { state: 'animatic', media: null };
  if (beat.insert.kind !== 'photo') return { state: 'drawn-insert', media: null };
  // A photo insert without an image draws a described placeholder: a panel still waiting for its picture.
  const src = beat.insert.src;
  if (src === undefined) return { state: 'animatic', media: null };
  return { state: exists(src) ? 'drawn-insert' : 'missing-media', media: src };
};

/** The production status of every beat of an episode. Pure: `exists` says whether a path in public/ is a file. */
export const episodeStatus = ({ id, job, exists }: { id: string; job: EpisodeJob; exists: (src: string) => boolean }): EpisodeStatus => ({
  id,
  title: job.episode.title,
  beats: job.episode.beats.map((beat, i) => ({
    shot: i + 1,
    beat: beat.id,
    type: beat.type,
    ...stateOf(beat, exists),
    insert: beat.type === 'insert' ? beat.insert.kind : null,
  })),
});
