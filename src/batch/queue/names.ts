/** The BullMQ queue every batch and worker uses. */
export const QUEUE_NAME = 'cliffhanger-episodes';
/** The name of each job: one episode and its deliverables. */
export const JOB_NAME = 'episode';
