const MAX_SUGGESTION_DISTANCE = 2;

const editDistance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
};

/** The closest candidate within a small edit distance, for "Did you mean …?" hints. */
export const closestMatch = (input: string, candidates: readonly string[]): string | undefined => {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance <= MAX_SUGGESTION_DISTANCE && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
};

/** `Did you mean "maya"?` or nothing. */
export const didYouMean = (input: string, candidates: readonly string[]): string | undefined => {
  const match = closestMatch(input, candidates);
  return match ? `Did you mean "${match}"?` : undefined;
};
