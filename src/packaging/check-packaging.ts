import type { EpisodeJob } from '../schema';
import { didYouMean, type FieldProblem } from '../errors';
import { checkReferences } from '../validate/check-references';
import { hasReveal } from './recap';
import { switchesOf } from './settings';

const RECAP_PATH = ['episode', 'packaging', 'recap'] as const;
const RECAP_OFF = 'or set packaging: { recap: false } in this episode';

const recapProblems = (job: EpisodeJob): FieldProblem[] => {
  const { episode, previous } = job;
  const before = episode.number - 1;
  if (!switchesOf(job).recap) return [];
  if (!previous) {
    return [{ path: RECAP_PATH, message: `is on, but there is no valid episode ${before} to recap`, fix: `Fix or add episode ${before} (a JSON job carries it as "previous"), ${RECAP_OFF}` }];
  }
  const problems: FieldProblem[] = [];
  if (previous.number !== before) {
    problems.push({ path: ['previous', 'number'], message: `must be ${before}, the episode before episode ${episode.number}, but got ${previous.number}`, fix: `Pass episode ${before} as "previous"` });
  }
  if (!hasReveal(previous)) {
    problems.push({ path: RECAP_PATH, message: `is on, but episode ${before} has no beat with role "reveal" to recap`, fix: `Give the beat of episode ${before} that reveals something the role "reveal", ${RECAP_OFF}` });
  }
  // The previous episode draws the recap: it must belong to this series and name its characters.
  const references = checkReferences({ ...job, episode: previous }).map((p) => ({ ...p, path: ['previous', ...p.path.slice(1)] }));
  return [...problems, ...references];
};

const coverProblems = (job: EpisodeJob): FieldProblem[] => {
  const beatId = job.episode.packaging?.cover?.beat;
  const ids = job.episode.beats.map((b) => b.id);
  if (beatId === undefined || ids.includes(beatId)) return [];
  return [
    {
      path: ['episode', 'packaging', 'cover', 'beat'],
      message: `must be the id of a beat of this episode (${ids.join(', ')}), but got "${beatId}"`,
      fix: didYouMean(beatId, ids) ?? 'Use the id of the beat whose picture should be the cover',
    },
  ];
};

/** Packaging fields that must agree with the rest of the job: the recap's previous episode and the cover's beat. Run with checkReferences. */
export const checkPackaging = (job: EpisodeJob): FieldProblem[] => [...recapProblems(job), ...coverProblems(job)];
