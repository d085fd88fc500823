import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: scenes/, public/ and the Remotion entry point live under it. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The registerRoot entry the bundler starts from. */
export const ENTRY_POINT = path.join(PROJECT_ROOT, 'src/remotion/index.ts');
/** Media referenced with staticFile() resolves here. */
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');
export { JOB_COMPOSITION_ID } from '../remotion/composition-ids';
