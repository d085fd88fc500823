/** The composition that renders any job passed as input props: JSON jobs sent to a render server, or pasted into the Studio's props editor. */
export const JOB_COMPOSITION_ID = 'cliffhanger-job';
/** The Studio folder that holds it. */
export const JOB_FOLDER = 'jobs';
