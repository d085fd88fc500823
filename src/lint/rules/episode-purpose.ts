import { z } from 'zod';
import { countWords } from '../../timeline';
import { episodeLabel } from '../moments';
import { contentWords, overlap, wordsOf } from '../text';
import { defineRule, type RuleFinding } from '../types';

// Tuning: "Setup." or "Maya at work." says nothing about what changes; six words is about the shortest
// "X learns Y" sentence. MAX_OVERLAP is the share of meaningful words (character names left out) two purposes
// may have in common; lower it to catch looser repeats, raise it if distinct episodes get flagged.
const MIN_WORDS = 6;
const MAX_OVERLAP = 0.6;

const options = z.strictObject({
  minWords: z.number().int().min(1).default(MIN_WORDS),
  maxOverlap: z.number().min(0).max(1).default(MAX_OVERLAP).describe('Largest share of words two purposes may have in common (0–1)'),
});

/** Purpose says what is different by the end (minWords), and no two purposes are near-duplicates (word overlap, names ignored). */
export const episodePurpose = defineRule({
  id: 'episode-purpose',
  severity: 'warning',
  description: 'Every episode states what is different by its end, distinct from every other episode',
  options,
  check: ({ series, episodes, options: o }) => {
    const names = new Set(series.characters.flatMap((c) => wordsOf(`${c.name} ${c.id}`)));
    const words = episodes.map((e) => contentWords(e.episode.purpose, names));
    const findings: RuleFinding[] = [];
    episodes.forEach((episode, i) => {
      const at = (message: string, fix: string): RuleFinding => ({ episodeId: episode.id, path: ['purpose'], message, fix });
      const count = countWords(episode.episode.purpose);
      if (count < o.minWords) {
        findings.push(at(`The purpose "${episode.episode.purpose}" is too short to say what is different by the end of the episode`, 'Say what changes, e.g. "Maya learns Victor stole her design, and Victor learns she knows"'));
      }
      let closest = { index: -1, share: 0 };
      for (let j = 0; j < i; j++) {
        const share = overlap(words[i] ?? new Set(), words[j] ?? new Set());
        if (share > closest.share) closest = { index: j, share };
      }
      const earlier = episodes[closest.index];
      if (earlier && closest.share >= o.maxOverlap) {
        const label = episodeLabel(earlier);
        findings.push(at(`The purpose repeats ${label}'s: ${Math.round(closest.share * 100)}% of their words are the same`, `Give the episode its own change: what is different by its end that was not by the end of ${label}?`));
      }
    });
    return findings;
  },
});
