import { describe, expect, it } from 'vitest';
import { checkJob } from '../../../src/validate';
import { productionJob } from '../../fixtures/production';

const check = (prompts: unknown) => {
  const { series, episode } = productionJob({ beats: [{ type: 'reaction', id: 'a', shot: { description: 'A face.' }, character: 'maya', emotion: 'shock' }] });
  return checkJob({ series: { ...series, prompts }, episode }).problems;
};

describe('series.prompts', () => {
  it('accepts a style line, a default and templates that use known slots and plain text', () => {
    expect(check({ style: 'noir', defaultTemplate: 'mj', templates: [{ name: 'mj', template: '{shot} of {characters} --ar 9:16' }] })).toEqual([]);
  });
  it('names an unknown slot, lists the slots and suggests the closest', () => {
    expect(check({ templates: [{ name: 'mj', template: '{shot} {camra}' }] })).toEqual([
      {
        path: ['series', 'prompts', 'templates', 0, 'template'],
        message: 'uses unknown slot "{camra}"; the slots are {format}, {shot}, {characters}, {action}, {insert}, {emotion}, {dialogue}, {setting}, {lighting}, {camera}, {duration}, {style}',
        fix: 'Did you mean "{camera}"?',
      },
    ]);
  });
  it('says how to keep braces as text when nothing is close', () => {
    expect(check({ templates: [{ name: 'mj', template: '{mood}' }] })[0]?.fix).toBe('Remove it, or write it without braces to keep it as text');
  });
  it('refuses a default that is no template, and a name used twice', () => {
    expect(check({ defaultTemplate: 'vidoe', templates: [{ name: 'mj', template: '{shot}' }, { name: 'mj', template: '{style}' }] })).toEqual([
      { path: ['series', 'prompts', 'templates', 1, 'name'], message: 'must be unique, but "mj" is used twice', fix: 'Rename one of the templates' },
      { path: ['series', 'prompts', 'defaultTemplate'], message: 'must be a template of the series (generic, video, image, mj), but got "vidoe"', fix: 'Did you mean "video"?' },
    ]);
  });
});
