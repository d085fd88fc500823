import type { SeriesEntry } from '../src/schema';
import { theStolenDesign } from './the-stolen-design';

/** Every series the Studio and the CLI know. Add a series here after creating scenes/<series-id>/index.ts. */
export const catalog: readonly SeriesEntry[] = [theStolenDesign];
