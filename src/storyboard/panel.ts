import type { BeatType, StoryRole, Transition } from '../schema';
import { castOf, remoteCharacters } from '../continuity';
import { formatTimecode } from '../shots';
import type { ResolvedBeat, ResolvedEpisode } from '../timeline';
import { cuesOf, type Cue } from './cues';
import { keyFrameOf } from './key-frame';

/** A spoken line as a panel prints it. */
export type PanelLine = { readonly speaker: string; readonly color: string; readonly how: string | null; readonly text: string };

/** One storyboard panel: a beat's still and everything a director reads beside it. */
export type StoryboardPanel = {
  readonly number: number;
  readonly beatId: string;
  readonly type: BeatType;
  readonly role: StoryRole;
  /** "close-up · push-in" (a static camera goes unsaid). */
  readonly shot: string;
  readonly transition: Transition;
  readonly fromTimecode: string;
  readonly toTimecode: string;
  /** "2.4 s". */
  readonly duration: string;
  /** The key frame, from the episode start, and the moment it catches. */
  readonly still: { readonly frame: number; readonly timecode: string; readonly moment: string };
  /** Names of everyone the beat needs, speakers included; one on the other end of an insert is marked "(off-screen)". */
  readonly cast: readonly string[];
  readonly description: string;
  /** "Conference room · cool overhead light", or null when the beat states neither. */
  readonly place: string | null;
  readonly cues: readonly Cue[];
  readonly dialogue: readonly PanelLine[];
  /** The beat's footage in public/, or null while it is an animatic panel. */
  readonly footage: string | null;
};

/** Timecode as a panel prints it: MM:SS:FF, with hours only when an episode runs that long. */
export const panelTimecode = (frame: number, fps: number): string => {
  const full = formatTimecode(frame, fps);
  return full.startsWith('00:') ? full.slice(3) : full;
};

/** Builds the panel of one resolved beat. Pure. */
export const buildPanel = (episode: ResolvedEpisode, resolved: ResolvedBeat): StoryboardPanel => {
  const { beat, fromInFrames, durationInFrames } = resolved;
  const { fps } = episode;
  const key = keyFrameOf(resolved);
  const nameOf = (id: string): string => episode.characters.get(id)?.name ?? id;
  const remote = remoteCharacters({ beat, characters: episode.characters });
  const place = [beat.shot.setting, beat.shot.lighting].map((s) => s?.trim() ?? '').filter((s) => s !== '');
  return {
    number: resolved.index + 1,
    beatId: beat.id,
    type: beat.type,
    role: beat.role,
    shot: [beat.shot.type, beat.shot.camera === 'static' ? null : beat.shot.camera].filter((s) => s !== null).join(' · '),
    // eslint-disable-next-line @remotion/non-pure-animation -- the beat's transition kind, not the CSS property
    transition: beat.transition,
    fromTimecode: panelTimecode(fromInFrames, fps),
    toTimecode: panelTimecode(fromInFrames + durationInFrames, fps),
    duration: `${(durationInFrames / fps).toFixed(1)} s`,
    still: { frame: fromInFrames + key.inBeat, timecode: panelTimecode(fromInFrames + key.inBeat, fps), moment: key.moment },
    cast: castOf(beat).map((id) => (remote.includes(id) ? `${nameOf(id)} (off-screen)` : nameOf(id))),
    description: beat.shot.description,
    place: place.length > 0 ? place.join(' · ') : null,
    cues: cuesOf(beat),
    dialogue: resolved.lines.map(({ line, speaker }) => ({ speaker: speaker.name, color: speaker.color, how: line.parenthetical ?? null, text: line.text })),
    footage: beat.media?.src ?? null,
  };
};
