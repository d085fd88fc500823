import { checkContinuity } from '../../continuity';
import type { FieldProblem } from '../../errors';
import type { ResolvedEpisode } from '../../timeline';
import type { EpisodeFinding } from '../episode-rule';
import { beatName, beatStartSeconds } from '../moments';

/** Which part of a continuity note a problem is about: the last field of its path. */
export type ContinuityField = 'wardrobe' | 'props' | 'change' | 'character';

// The three continuity rules share one walk of each episode.
const cache = new WeakMap<ResolvedEpisode, readonly FieldProblem[]>();
const problemsOf = (episode: ResolvedEpisode): readonly FieldProblem[] => {
  const cached = cache.get(episode);
  if (cached) return cached;
  const problems = checkContinuity({ series: episode.series, episode: episode.episode });
  cache.set(episode, problems);
  return problems;
};

/** What a finding about each field is called, so a message reads on its own in `--json` output too. */
const SUBJECTS: Readonly<Record<ContinuityField, string>> = {
  wardrobe: 'the wardrobe noted',
  props: 'the props noted',
  change: 'the change noted',
  character: 'the character of a continuity note',
};

/**
 * checkContinuity's problems about some fields, as lint findings: paths inside the episode (checkContinuity's start
 * at 'episode', like the validator's), the beat's start time, and a message that names the beat.
 */
export const continuityFindings = (episode: ResolvedEpisode, fields: readonly ContinuityField[]): EpisodeFinding[] =>
  problemsOf(episode).flatMap((problem): EpisodeFinding[] => {
    const [, , index] = problem.path;
    const field = problem.path.at(-1) as ContinuityField;
    const beat = typeof index === 'number' ? episode.beats[index] : undefined;
    if (!beat || !fields.includes(field)) return [];
    const subject = SUBJECTS[field];
    return [
      {
        path: problem.path.slice(1),
        timeInSeconds: beatStartSeconds(episode, beat),
        message: `${subject[0]?.toUpperCase()}${subject.slice(1)} in ${beatName(beat)} ${problem.message}`,
        fix: problem.fix ?? '',
      },
    ];
  });
