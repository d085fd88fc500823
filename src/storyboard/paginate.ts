/** One page of a paginated sheet. */
export type Page<T> = { readonly number: number; readonly count: number; readonly items: readonly T[] };

/** Splits items into pages of at most perPage, numbered from 1. An empty list still gives one (empty) page. Pure. */
export const paginate = <T>({ items, perPage }: { items: readonly T[]; perPage: number }): Page<T>[] => {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a whole number of at least 1, but got ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * perPage, (i + 1) * perPage) }));
};
