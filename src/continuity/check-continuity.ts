import type { ContinuityNote, EpisodeJob } from '../schema';
import type { FieldPath, FieldProblem } from '../errors';
import { charactersInFrame } from './cast';
import { initialLooks, trackContinuity, type CharacterLook } from './track-continuity';

const sameProps = (a: readonly string[], b: readonly string[]): boolean => {
  const sortedB = [...b].sort();
  return a.length === b.length && [...a].sort().every((item, i) => item === sortedB[i]);
};

const listOf = (items: readonly string[]): string => (items.length === 0 ? 'nothing' : items.map((i) => `"${i}"`).join(', '));

const since = ({ id, what, beat }: { id: string; what: string; beat: string | null }): string =>
  beat === null ? `${id}'s ${what} in the series bible` : `${id}'s ${what} since beat "${beat}"`;

const changeFix = (id: string, what: string): string =>
  `Add change: "<why>" to the note if ${id}'s ${what} really change${what === 'wardrobe' ? 's' : ''} here, or keep the same ${what}`;

const checkNote = ({ note, before, path }: { note: ContinuityNote; before: CharacterLook; path: FieldPath }): FieldProblem[] => {
  const id = note.character;
  const wardrobeDiffers = note.wardrobe !== undefined && note.wardrobe !== before.wardrobe;
  const propsDiffer = note.props !== undefined && before.props !== null && !sameProps(note.props, before.props);
  if (note.change !== undefined) {
    if (wardrobeDiffers || propsDiffer || (note.props !== undefined && before.props === null)) return [];
    return [{ path: [...path, 'change'], message: `says ${id}'s look changes, but the wardrobe and props are the same as before`, fix: 'Remove change, or give the new wardrobe or props' }];
  }
  const problems: FieldProblem[] = [];
  if (wardrobeDiffers) {
    problems.push({ path: [...path, 'wardrobe'], message: `must stay "${before.wardrobe}" (${since({ id, what: 'wardrobe', beat: before.wardrobeSince })}), but got "${note.wardrobe}"`, fix: changeFix(id, 'wardrobe') });
  }
  if (propsDiffer && note.props && before.props) {
    problems.push({ path: [...path, 'props'], message: `must stay ${listOf(before.props)} (${since({ id, what: 'props', beat: before.propsSince })}), but got ${listOf(note.props)}`, fix: changeFix(id, 'props') });
  }
  return problems;
};

/**
 * Continuity errors in an episode: a character's wardrobe or props that differ from the beat before
 * without a `change` note, a `change` note with nothing changed, a note about someone not in the beat.
 * Pure; paths start at `episode`, like the validator's.
 */
export const checkContinuity = (job: EpisodeJob): FieldProblem[] => {
  const tracked = trackContinuity(job);
  return job.episode.beats.flatMap((beat, b) =>
    (beat.continuity ?? []).flatMap((note, n): FieldProblem[] => {
      const path: FieldPath = ['episode', 'beats', b, 'continuity', n];
      const present = charactersInFrame(beat);
      if (!present.includes(note.character)) {
        return [{ path: [...path, 'character'], message: `must be a character in the beat (${present.join(', ') || 'none'}), but got "${note.character}"`, fix: `Add "${note.character}" to the beat's characters, or move the note to a beat ${note.character} is in` }];
      }
      const before = (b === 0 ? initialLooks(job) : tracked[b - 1]?.looks)?.get(note.character);
      return before ? checkNote({ note, before, path }) : [];
    }),
  );
};
