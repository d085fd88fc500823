export { checkJob } from './check-job';
export type { JobCheck } from './check-job';
export { checkReferences } from './check-references';
export { checkTimings } from './check-timings';
