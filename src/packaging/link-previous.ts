import { seriesPackagingSchema } from '../schema';
import { checkJob } from '../validate/check-job';

/** The props of one catalog episode, as authored (not yet validated). */
export type AuthoredJob = { readonly series: unknown; readonly episode: unknown; readonly previous?: unknown };

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

const numberOf = (episode: unknown): number | null => {
  const n = field(episode, 'number');
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
};

/** Whether the authored episode asks for a recap: its own switch, else the series'. Unreadable settings ask for none (validation reports them). */
const wantsRecap = (series: unknown, episode: unknown): boolean => {
  const own = field(field(episode, 'packaging'), 'recap');
  if (typeof own === 'boolean') return own;
  const packaging = seriesPackagingSchema.safeParse(field(series, 'packaging') ?? {});
  return packaging.success && packaging.data.recap.enabled;
};

/** Whether an episode can be drawn as a recap: valid on its own, leaving aside its own recap (only its beats are replayed). */
const usable = (series: unknown, episode: Record<string, unknown>): boolean =>
  checkJob({ series, episode: { ...episode, packaging: { ...(field(episode, 'packaging') ?? {}), recap: false } } }).job !== null;

/**
 * The props of a catalog episode: series and episode, plus the episode before it when the recap is on and that
 * episode is valid. Only then, so an episode without a recap never re-renders because the one before it changed.
 */
export const withPrevious = ({ series, episode, episodes }: { series: unknown; episode: unknown; episodes: readonly unknown[] }): AuthoredJob => {
  const number = numberOf(episode);
  if (number === null || number < 2 || !wantsRecap(series, episode)) return { series, episode };
  const previous = episodes.find((e) => numberOf(e) === number - 1);
  if (typeof previous !== 'object' || previous === null || !usable(series, previous as Record<string, unknown>)) return { series, episode };
  return { series, episode, previous };
};
