/** The composition that draws an episode's cover: `<episode-id>-cover`. */
export const coverCompositionId = (episodeId: string): string => `${episodeId}-cover`;

/** The cover composition of JSON jobs, beside `cliffhanger-job`. */
export const JOB_COVER_COMPOSITION_ID = 'cliffhanger-job-cover';
