import cliProgress from 'cli-progress';
import type { BatchObserver, JobResult } from '../batch/results';

const OVERALL_FORMAT = 'batch |{bar}| {value}/{total} episodes | {rendered} rendered, {skipped} up to date, {failed} failed | ETA {eta_formatted}';
const JOB_FORMAT = '  {id} |{bar}| {value}/{total} frames | {stage}';

/** The bars of a batch on stderr: the whole batch, and one per running episode (removed when it finishes). */
export const createBatchProgress = ({ total, failedBefore }: { total: number; failedBefore: number }): BatchObserver & { readonly stop: () => void } => {
  const multibar = new cliProgress.MultiBar(
    { hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000, etaBuffer: 20, clearOnComplete: false, format: JOB_FORMAT },
    cliProgress.Presets.shades_classic,
  );
  const counts = { rendered: 0, skipped: 0, failed: failedBefore };
  const overall = multibar.create(total, failedBefore, counts, { format: OVERALL_FORMAT });
  const bars = new Map<string, cliProgress.SingleBar>();
  return {
    started: (id) => {
      if (!bars.has(id)) bars.set(id, multibar.create(1, 0, { id, stage: 'starting' }));
    },
    progress: (id, { done, total: frames, stage }) => {
      const bar = bars.get(id);
      if (!bar) return;
      bar.setTotal(Math.max(1, frames));
      bar.update(Math.min(done, Math.max(1, frames)), { stage });
    },
    finished: (result: JobResult) => {
      const bar = bars.get(result.id);
      if (bar) multibar.remove(bar);
      bars.delete(result.id);
      if (result.status === 'rendered') counts.rendered++;
      else if (result.status === 'up-to-date') counts.skipped++;
      else counts.failed++;
      overall.increment(1, counts);
    },
    stop: () => multibar.stop(),
  };
};
