import type { EpisodeJobData } from './job-data';
import { assembleManifest } from './entries';
import { reasonOf, type BatchObserver, type JobResult } from './results';
import { runEpisodeJob, type EpisodeRunContext } from './run-episode';

/**
 * The in-process queue: runs a batch's jobs on this machine, `concurrency` at a time, sharing one browser. A job
 * that fails is recorded and the others go on. manifest.json is assembled after every episode, so a batch killed at
 * any moment keeps what it finished.
 */
export const runLocal = async ({ jobs, concurrency, context, observer }: { jobs: readonly EpisodeJobData[]; concurrency: number; context: EpisodeRunContext; observer: BatchObserver }): Promise<JobResult[]> => {
  const results: JobResult[] = [];
  let next = 0;
  // Entries are written by each job; the manifest is assembled by one job at a time.
  let manifests: Promise<unknown> = Promise.resolve();
  const lane = async (): Promise<void> => {
    for (let job = jobs[next++]; job !== undefined; job = jobs[next++]) {
      const data = job;
      observer.started(data.id);
      let result: JobResult;
      try {
        const outcome = await runEpisodeJob(data, context, (progress) => observer.progress(data.id, progress));
        result = { ...outcome, file: data.file };
      } catch (error) {
        result = { id: data.id, file: data.file, status: 'failed', reason: reasonOf(error) };
      }
      manifests = manifests.then(() => assembleManifest(data.outDir));
      await manifests;
      results.push(result);
      observer.finished(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, lane));
  return results;
};
