import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

type Compiled = { episode: string; template: string; prompts: { shot: string; beat: string; suggested: boolean; prompt: string; hash: string }[] };

const MAYA = 'Maya Chen, a 24-year-old protagonist with shoulder-length dark hair, sharp dark eyes, small gold earrings, slight, quick build, wearing white button-down shirt, beige blazer.';

const compiled = async (...args: string[]): Promise<Compiled> => {
  const result = await runCli(['prompts', ...args, '--json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Compiled;
};

describe('cliffhanger prompts', () => {
  it('compiles one prompt per beat with a 12-character hash, the same on every run', async () => {
    const first = await compiled('the-stolen-design-e01');
    expect(first.prompts.map((p) => `${p.shot} ${p.beat}`)).toEqual(['1 the-slide', '2 victor-presents', '3 maya-shock', '4 launch-friday', '5 jun-texts', '6 version-history', '7 victor-notices', '8 on-your-mind', '9 stay-quiet']);
    expect(first.prompts.every((p) => /^[0-9a-f]{12}$/.test(p.hash))).toBe(true);
    expect(new Set(first.prompts.map((p) => p.hash)).size).toBe(9);
    expect(await compiled('the-stolen-design-e01')).toEqual(first);
  });

  it('describes Maya in the same words in every prompt she is in, in every episode', async () => {
    const all = await Promise.all(['e01', 'e02', 'e03'].map((e) => compiled(`the-stolen-design-${e}`)));
    const withMaya = all.flatMap((c) => c.prompts).filter((p) => p.prompt.includes('Maya Chen, a'));
    // Every beat that lists Maya: 8 in e01, 9 in e02, 6 in e03.
    expect(withMaya.length).toBe(23);
    expect(withMaya.every((p) => p.prompt.includes(MAYA))).toBe(true);
  });

  it('prints text with the hash beside each beat, and the video template adds camera and duration', async () => {
    const result = await runCli(['prompts', 'the-stolen-design-e01', '--template', 'video']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('the-stolen-design-e01: 9 prompts, template "video"');
    expect(lines[2]).toMatch(/^1\. the-slide {2}#[0-9a-f]{12}$/);
    expect(lines[3]).toContain('Camera: slow push-in. Duration: 1.9 seconds.');
  });

  it('adds the suggested reaction shots with --suggestions', async () => {
    const { prompts } = await compiled('the-stolen-design-e01', '--suggestions');
    expect(prompts.filter((p) => p.suggested).map((p) => `${p.shot} ${p.beat}`)).toEqual(['6A version-history-reaction-maya', '9A stay-quiet-reaction-victor', '9B stay-quiet-reaction-maya']);
  });

  it('refuses an unknown template with the closest name', async () => {
    expect(await runCli(['prompts', 'the-stolen-design-e01', '--template', 'vidoe'])).toEqual({
      code: 1,
      stdout: '',
      stderr: '--template: must be a template of series "the-stolen-design" (generic, video, image), but got "vidoe". Did you mean "video"?\n\n1 problem found; nothing was written.\n',
    });
  });
});
