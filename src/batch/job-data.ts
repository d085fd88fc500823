import { z } from 'zod';
import { PLATFORMS } from '../schema';
import { CliffhangerError, inFile, problemsFromZod } from '../errors';

/** Bumped when the shape of a job changes; a worker refuses jobs of another version rather than guessing. */
export const JOB_DATA_VERSION = 1;

const refSchema = z.object({ id: z.string(), number: z.number().int(), title: z.string() }).nullable();

/**
 * One episode of a batch, self-contained: what a worker on any machine needs to render it and its deliverables.
 * Plain JSON, so the in-process queue and BullMQ carry the very same thing.
 */
export const episodeJobDataSchema = z.object({
  version: z.literal(JOB_DATA_VERSION),
  /** `<series-id>-eNN`. */
  id: z.string().min(1),
  /** Where the episode was authored, for error messages. */
  file: z.string().min(1),
  /** 'catalog' renders the episode's own composition (scenes/ must match on the worker); 'job-file' the generic one. */
  source: z.enum(['catalog', 'job-file']),
  /** The authored props: `{ series, episode, previous? }`, checked again by the worker. */
  input: z.record(z.string(), z.unknown()),
  /** Where the series bible was authored, for errors about it. */
  seriesFile: z.string().min(1),
  /** The series' output folder (absolute; on a shared disk when workers run on several machines). */
  outDir: z.string().min(1),
  platforms: z.array(z.enum(PLATFORMS)).min(1),
  previous: refSchema,
  next: refSchema,
  force: z.boolean(),
  scratchVoices: z.boolean(),
});

export type EpisodeJobData = z.infer<typeof episodeJobDataSchema>;

/** Checks a job read from a queue; a job that is not one fails with every wrong field, once, never retried. */
export const parseJobData = (data: unknown, where: string): EpisodeJobData => {
  const parsed = episodeJobDataSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = inFile(where, problemsFromZod(parsed.error, data, episodeJobDataSchema)).map((p) => ({
    ...p,
    fix: p.fix ?? 'Enqueue episodes with `cliffhanger batch <series> --queue <url>`, which writes jobs of this shape',
  }));
  throw new CliffhangerError(problems);
};
