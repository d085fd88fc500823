// Tuning: words whose final period does not end a sentence. Add the abbreviations your premises use.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'no', 'mt', 'lt', 'sgt', 'capt', 'det', 'rev', 'e.g', 'i.e']);

// Tuning: words too common to tell two purposes apart. Grow it if unrelated purposes read as duplicates.
const STOPWORDS = new Set(
  ('a an the and or but so of to in on at by for from with into onto as is are was were be been being it its this that these those ' +
    'he she they them him her his hers their theirs we you i me my our your who whom whose what which when where why how ' +
    'not no than then there here up down out over about after before while until just also only even still very too all each ' +
    'both some any more most other such own same can will would could should may might must has have had do does did ' +
    'learn find get make take turn decide realize know')
    .split(' '),
);

/** A sentence ends at . ! ? or … (closing quotes allowed) before a space and a capital letter or digit. */
const BOUNDARY = /([.!?…]+)["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

/** Sentences in a text, not fooled by "Dr. Marsh" or "J. Park". */
export const countSentences = (text: string): number => {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  let count = 1;
  for (const match of trimmed.matchAll(BOUNDARY)) {
    const lastWord = /([\p{L}.]+)$/u.exec(trimmed.slice(0, match.index))?.[1]?.toLowerCase() ?? '';
    const isAbbreviation = match[1] === '.' && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord));
    if (!isAbbreviation) count += 1;
  }
  return count;
};

/** Lower-case words of a text: letters and digits, possessive 's dropped. */
export const wordsOf = (text: string): string[] => text.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Crude plural and third-person stemming: "learns" → "learn", "catches" → "catch", "parties" → "party". */
const stem = (word: string): string => {
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
};

/** The words that carry a text's meaning: no stop words, no ignored words (e.g. character names), stemmed. */
export const contentWords = (text: string, ignored: ReadonlySet<string> = new Set()): Set<string> =>
  new Set(
    wordsOf(text)
      .filter((w) => !STOPWORDS.has(w) && !ignored.has(w))
      .map(stem)
      .filter((w) => !STOPWORDS.has(w)),
  );

/** Shared words over all words (Jaccard index): 0 for nothing in common, 1 for the same words. */
export const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
};

/** "a reveal", "an escalation". */
export const withArticle = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
