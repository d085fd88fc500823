import { describe, expect, it } from 'vitest';
import { fillTemplate, selectTemplate } from '../../../src/prompts';
import { CliffhangerError } from '../../../src/errors';
import { productionJob } from '../../fixtures/production';

const seriesWith = (prompts?: unknown) =>
  productionJob({ beats: [{ type: 'reaction', id: 'a', shot: { description: 'A face.' }, character: 'maya', emotion: 'shock' }], series: prompts === undefined ? {} : { prompts } as object }).series;

describe('fillTemplate', () => {
  it('fills slots and leaves no gap where a slot is empty', () => {
    expect(fillTemplate('{format} {shot}  {camera} --ar 9:16', { format: 'Vertical.', shot: '', camera: 'Push-in.' })).toBe('Vertical. Push-in. --ar 9:16');
  });
  it('gives an empty template an empty prompt', () => {
    expect(fillTemplate('{shot}', { shot: '' })).toBe('');
  });
});

describe('selectTemplate', () => {
  it('uses "generic" when neither the command nor the series names one', () => {
    expect(selectTemplate({ series: seriesWith() }).name).toBe('generic');
  });
  it('uses the series default, and a series template over a built-in of the same name', () => {
    const series = seriesWith({ defaultTemplate: 'mj', templates: [{ name: 'mj', template: '{shot} --ar 9:16' }, { name: 'video', template: '{camera}' }] });
    expect(selectTemplate({ series })).toEqual({ name: 'mj', template: '{shot} --ar 9:16' });
    expect(selectTemplate({ series, name: 'video' })).toEqual({ name: 'video', template: '{camera}' });
  });
  it('refuses an unknown name, listing the templates and the closest one', () => {
    const select = () => selectTemplate({ series: seriesWith({ templates: [{ name: 'mj', template: '{shot}' }] }), name: 'vidoe' });
    expect(select).toThrow(CliffhangerError);
    expect(select).toThrow('--template: must be a template of series "office" (generic, video, image, mj), but got "vidoe". Did you mean "video"?');
  });
  it('points at the series bible when no name is close', () => {
    expect(() => selectTemplate({ series: seriesWith(), name: 'midjourney' })).toThrow(
      '--template: must be a template of series "office" (generic, video, image), but got "midjourney". Use one of those, or add it to prompts.templates in scenes/office/series.ts',
    );
  });
});
