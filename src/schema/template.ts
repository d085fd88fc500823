import { didYouMean } from '../errors/did-you-mean';
import { text } from './ids';

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The placeholder names a template uses, in order (`"Part {number}"` → `["number"]`). */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

/**
 * Text with `{name}` placeholders from a closed list. A misspelt placeholder is an error when the series
 * loads, not a literal "{numbr}" on screen or in a post.
 */
export const templateText = (placeholders: readonly string[]) =>
  text().superRefine((value, ctx) => {
    const known = placeholders.map((p) => `{${p}}`).join(', ');
    for (const name of placeholdersOf(value)) {
      if (placeholders.includes(name)) continue;
      const hint = didYouMean(name, placeholders)?.replace(/"(.*)"/, '"{$1}"');
      ctx.addIssue({
        code: 'custom',
        message: `uses unknown placeholder "{${name}}"; the placeholders are ${known}`,
        params: { fix: hint ?? 'Remove it, or write it without braces to keep it as text' },
      });
    }
  });
