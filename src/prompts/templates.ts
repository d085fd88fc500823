import type { BuiltInTemplate, Series } from '../schema';
import { BUILT_IN_TEMPLATES } from '../schema';
import { CliffhangerError, didYouMean } from '../errors';

/** The built-in templates: the guide's character + action + emotion + setting + shot type + lighting + style + format. */
export const BUILT_IN_TEMPLATE_TEXT: Readonly<Record<BuiltInTemplate, string>> = {
  generic: '{format} {shot} {characters} {action} {insert} {emotion} {setting} {lighting} {style}',
  video: '{format} {shot} {characters} {action} {insert} {emotion} {dialogue} {setting} {lighting} {camera} {duration} {style}',
  image: '{format} {shot} {characters} {action} {insert} {emotion} {setting} {lighting} {style} Still image, no motion blur.',
};

/** The template named `name` (else the series' default, else "generic"): the series' own templates win over built-ins. */
export const selectTemplate = ({ series, name }: { series: Series; name?: string }): { name: string; template: string } => {
  const own = series.prompts?.templates ?? [];
  const wanted = name ?? series.prompts?.defaultTemplate ?? 'generic';
  const found = own.find((t) => t.name === wanted)?.template ?? BUILT_IN_TEMPLATE_TEXT[wanted as BuiltInTemplate];
  if (found !== undefined) return { name: wanted, template: found };
  const names = [...new Set([...BUILT_IN_TEMPLATES, ...own.map((t) => t.name)])];
  throw CliffhangerError.plain(
    '--template',
    `must be a template of series "${series.id}" (${names.join(', ')}), but got "${wanted}"`,
    didYouMean(wanted, names) ?? `Use one of those, or add it to prompts.templates in scenes/${series.id}/series.ts`,
  );
};

/** Fills a template's `{slot}`s; an empty slot leaves no gap. */
export const fillTemplate = (template: string, slots: Readonly<Record<string, string>>): string =>
  template
    .replace(/\{([^{}]*)\}/g, (_, slot: string) => slots[slot] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
