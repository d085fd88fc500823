import type { EpisodeJob } from '../schema';
import { didYouMean, type FieldPath, type FieldProblem } from '../errors';

/** Cross-field checks zod cannot express alone: ids that must exist, indexes in range, unique ids. */
export const checkReferences = (job: EpisodeJob): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const ids = job.series.characters.map((c) => c.id);
  const known = new Set(ids);
  const characterList = ids.join(', ');

  const checkCharacter = (id: string, path: FieldPath, what: string): void => {
    if (known.has(id)) return;
    problems.push({
      path,
      message: `must be ${what} of the series (${characterList}), but got "${id}"`,
      fix: didYouMean(id, ids) ?? `Add "${id}" to the characters of series "${job.series.id}", or use one of its characters`,
    });
  };

  if (job.episode.series !== job.series.id) {
    problems.push({
      path: ['episode', 'series'],
      message: `must be the id of its series ("${job.series.id}"), but got "${job.episode.series}"`,
      fix: `Set it to "${job.series.id}"`,
    });
  }

  const seenBeats = new Set<string>();
  job.episode.beats.forEach((beat, b) => {
    const at = (...rest: PropertyKey[]): FieldPath => ['episode', 'beats', b, ...rest];
    if (seenBeats.has(beat.id)) {
      problems.push({ path: at('id'), message: `must be unique in the episode, but "${beat.id}" is used twice`, fix: 'Rename one of the beats' });
    }
    seenBeats.add(beat.id);
    beat.characters.forEach((id, c) => checkCharacter(id, at('characters', c), 'a character'));
    beat.dialogue.forEach((line, l) => checkCharacter(line.speaker, at('dialogue', l, 'speaker'), 'a character'));
    if (beat.type === 'reaction') checkCharacter(beat.character, at('character'), 'a character');
    beat.continuity?.forEach((note, n) => checkCharacter(note.character, at('continuity', n, 'character'), 'a character'));
    if (beat.type !== 'insert') return;
    const { insert } = beat;
    if (insert.kind === 'document' && insert.highlightLine >= insert.lines.length) {
      problems.push({
        path: at('insert', 'highlightLine'),
        message: `must be the index of one of the ${insert.lines.length} lines (0 to ${insert.lines.length - 1}), but got ${insert.highlightLine}`,
        fix: 'Lines count from 0',
      });
    }
    const highlight = insert.kind === 'email' ? insert.highlight : undefined;
    if (insert.kind === 'email' && highlight && !insert.body.some((paragraph) => paragraph.includes(highlight))) {
      problems.push({
        path: at('insert', 'highlight'),
        message: `must be a phrase of the email body, but "${highlight}" is not in it`,
        fix: 'Copy the phrase exactly from one of the body paragraphs',
      });
    }
  });
  return problems;
};
