import { z } from 'zod';
import { didYouMean } from '../errors/did-you-mean';
import { slug, text } from './ids';

/** Named parts a prompt template can use, each written as `{slot}`; an empty slot disappears. */
export const PROMPT_SLOTS = ['format', 'shot', 'characters', 'action', 'insert', 'emotion', 'dialogue', 'setting', 'lighting', 'camera', 'duration', 'style'] as const;
export type PromptSlot = (typeof PROMPT_SLOTS)[number];

/** Templates every series has, one per kind of generator. */
export const BUILT_IN_TEMPLATES = ['generic', 'video', 'image'] as const;
export type BuiltInTemplate = (typeof BUILT_IN_TEMPLATES)[number];

const SLOT_PATTERN = /\{([^{}]*)\}/g;

/** The slot names a template uses, in order. */
export const slotsOf = (template: string): string[] => [...template.matchAll(SLOT_PATTERN)].map((m) => m[1] ?? '');

const slotList = PROMPT_SLOTS.map((s) => `{${s}}`).join(', ');

/** A prompt template of a series: text with `{slot}` placeholders, for one target generator. */
export const promptTemplateSchema = z.strictObject({
  name: slug().describe('Passed as `cliffhanger prompts <episode> --template <name>`'),
  template: text().describe(`Text with slots: ${slotList}`),
});

type Issue = { path: PropertyKey[]; message: string; fix: string };

const unknownSlots = (templates: readonly PromptTemplate[]): Issue[] =>
  templates.flatMap((t, i) =>
    slotsOf(t.template)
      .filter((slot) => !(PROMPT_SLOTS as readonly string[]).includes(slot))
      .map((slot) => ({
        path: ['templates', i, 'template'],
        message: `uses unknown slot "{${slot}}"; the slots are ${slotList}`,
        fix: didYouMean(slot, PROMPT_SLOTS)?.replace(/"(.*)"/, '"{$1}"') ?? 'Remove it, or write it without braces to keep it as text',
      })),
  );

const duplicateNames = (templates: readonly PromptTemplate[]): Issue[] =>
  templates.flatMap((t, i) =>
    templates.findIndex((other) => other.name === t.name) < i
      ? [{ path: ['templates', i, 'name'], message: `must be unique, but "${t.name}" is used twice`, fix: 'Rename one of the templates' }]
      : [],
  );

const unknownDefault = ({ defaultTemplate, templates }: { defaultTemplate?: string; templates: readonly PromptTemplate[] }): Issue[] => {
  const names = [...new Set([...BUILT_IN_TEMPLATES, ...templates.map((t) => t.name)])];
  if (defaultTemplate === undefined || names.includes(defaultTemplate)) return [];
  return [
    {
      path: ['defaultTemplate'],
      message: `must be a template of the series (${names.join(', ')}), but got "${defaultTemplate}"`,
      fix: didYouMean(defaultTemplate, names) ?? 'Add a template with that name to prompts.templates, or use a built-in one',
    },
  ];
};

/** How the prompt compiler writes this series' prompts: the shared style line and its own templates. */
export const seriesPromptsSchema = z
  .strictObject({
    style: text().optional().describe('The style line of every prompt, e.g. "realistic dramatic style, tense corporate thriller mood"'),
    defaultTemplate: slug().optional().describe('Template used when --template is not given (default "generic")'),
    templates: z.array(promptTemplateSchema).default([]),
  })
  .superRefine((prompts, ctx) => {
    for (const { path, message, fix } of [...unknownSlots(prompts.templates), ...duplicateNames(prompts.templates), ...unknownDefault(prompts)]) {
      ctx.addIssue({ code: 'custom', path, message, params: { fix } });
    }
  });

export type SeriesPrompts = z.output<typeof seriesPromptsSchema>;
export type PromptTemplate = z.output<typeof promptTemplateSchema>;
