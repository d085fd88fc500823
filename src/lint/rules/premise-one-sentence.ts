import { z } from 'zod';
import { countWords } from '../../timeline';
import { PERSON_NOUNS } from '../person-nouns';
import { countSentences, wordsOf } from '../text';
import { defineRule, type RuleFinding } from '../types';

// Tuning: the guide's examples run 17–25 words. Fewer than MIN cannot hold who, the problem and the stakes;
// more than MAX usually means the story is too complicated for a micro-drama.
const MIN_WORDS = 8;
const MAX_WORDS = 35;
const EXAMPLE = '"A junior designer discovers that her boss is stealing her ideas and decides to expose him"';

const options = z.strictObject({
  minWords: z.number().int().min(1).default(MIN_WORDS),
  maxWords: z.number().int().min(1).default(MAX_WORDS),
  personNouns: z.array(z.string()).default([]).describe('More nouns that name who the story is about, e.g. "alpha"'),
});

/** Heuristics: exactly one sentence, between minWords and maxWords, and it names a character or a person ("a nurse"). */
export const premiseOneSentence = defineRule({
  id: 'premise-one-sentence',
  severity: 'warning',
  description: 'The premise is one sentence that names who the story is about, the problem and the stakes',
  options,
  check: ({ series, options: o }) => {
    const at = (message: string, fix: string): RuleFinding => ({ episodeId: null, path: ['premise'], message, fix });
    const findings: RuleFinding[] = [];
    const sentences = countSentences(series.premise);
    if (sentences > 1) findings.push(at(`The premise has ${sentences} sentences`, `Say it in one: who, the problem and what is at stake, e.g. ${EXAMPLE}`));
    const words = countWords(series.premise);
    if (words > o.maxWords) {
      findings.push(at(`The premise runs ${words} words, more than ${o.maxWords}`, 'Cut it to the character, the problem and the stakes; if that does not fit, the story may be too complicated for a micro-drama'));
    }
    if (words < o.minWords) {
      findings.push(at(`The premise has ${words} words, too few to name who, the problem and the stakes`, `Say who wants what, what stands in their way and what they stand to lose, e.g. ${EXAMPLE}`));
    }
    const names = series.characters.flatMap((c) => wordsOf(`${c.name} ${c.id}`));
    const people = new Set([...names, ...[...PERSON_NOUNS, ...o.personNouns].flatMap((n) => wordsOf(n))]);
    const premiseWords = wordsOf(series.premise);
    const namesSomeone = premiseWords.some((w) => people.has(w) || (w.endsWith('s') && (people.has(w.slice(0, -1)) || people.has(w.slice(0, -2)))));
    if (!namesSomeone) {
      const cast = series.characters.map((c) => c.name).join(', ');
      findings.push(at(`The premise names no one: no character of the bible (${cast}) and no person such as "a nurse"`, 'Open on who the story is about, e.g. "A junior designer…", or add the noun you use to options.personNouns'));
    }
    return findings;
  },
});
