import type { BeatType, CameraMove, ShotType, StoryRole } from '../schema';
import type { Stated } from '../continuity';

/** One line of a shot list: a beat of the cut, or a suggested extra reaction shot. */
export type ShotRow = {
  /** Episode id, e.g. "the-stolen-design-e01". */
  readonly episode: string;
  /** Shot number on the call sheet: "6" for the sixth beat, "6A" for a suggestion after it. */
  readonly shot: string;
  readonly beat: string;
  /** A suggested extra shot: not in the cut, filmed or generated for flexibility in the edit. */
  readonly suggested: boolean;
  readonly type: BeatType;
  readonly role: StoryRole;
  /** First frame in the episode at 30 fps; null for a suggestion, which is not in the cut. */
  readonly fromInFrames: number | null;
  readonly durationInFrames: number;
  readonly shotType: ShotType;
  readonly camera: CameraMove;
  /** Names of the cast the shot needs, speakers included. */
  readonly characters: readonly string[];
  readonly setting: Stated | null;
  readonly lighting: Stated | null;
  /** Inserts ("phone: chat with Jun") and what characters carry ("Maya Chen: phone"). */
  readonly props: readonly string[];
  /** "Speaker (how): text". */
  readonly lines: readonly string[];
  /** A reaction's emotion, or a suggestion's hint. */
  readonly emotion: string | null;
  readonly description: string;
  /** Wardrobe and props changes that start in this beat. */
  readonly continuity: readonly string[];
};

/** The shot list of one episode. */
export type EpisodeShots = {
  readonly id: string;
  readonly title: string;
  readonly fps: number;
  readonly durationInFrames: number;
  readonly shots: readonly ShotRow[];
};
