import type { SeriesEntry } from '../../src/schema';
import { series } from './series';
import { e01 } from './e01';
import { e02 } from './e02';
import { e03 } from './e03';

/** The demo series: a junior designer exposes the boss who steals her work. */
export const theStolenDesign: SeriesEntry = { series, episodes: [e01, e02, e03] };
