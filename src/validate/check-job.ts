import { episodeJobSchema, type EpisodeJob } from '../schema';
import { problemsFromZod, type FieldProblem } from '../errors';
import { checkReferences } from './check-references';
import { checkTimings } from './check-timings';
import { checkLintConfig } from '../lint/config';
import { checkPackaging } from '../packaging/check-packaging';
import { checkCoverTiming } from '../packaging/cover/cover-frame';
import { checkCaptionOverrides } from '../captions/model/check-overrides';

/** The outcome of checking a job: the parsed job, or what is wrong with it. */
export type JobCheck = { readonly job: EpisodeJob; readonly problems: readonly [] } | { readonly job: null; readonly problems: readonly FieldProblem[] };

/** Parses and checks a job (series + episode) without touching the file system: schema, lint settings, references, timings. */
export const checkJob = (input: unknown): JobCheck => {
  const parsed = episodeJobSchema.safeParse(input);
  if (!parsed.success) return { job: null, problems: problemsFromZod(parsed.error, input, episodeJobSchema) };
  const lintConfig = checkLintConfig(parsed.data.series).map((p) => ({ ...p, path: ['series', ...p.path] }));
  const problems = [...lintConfig, ...checkReferences(parsed.data), ...checkPackaging(parsed.data)];
  if (problems.length > 0) return { job: null, problems };
  const timing = [...checkTimings(parsed.data), ...checkCoverTiming(parsed.data), ...checkCaptionOverrides(parsed.data)];
  if (timing.length > 0) return { job: null, problems: timing };
  return { job: parsed.data, problems: [] };
};
