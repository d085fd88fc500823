import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion, compositionCodeHash, reachableFiles } from '../../../src/render/segments/code-version';

/** A small project: an entry that reaches components in every way a module can name another, episode data, and code no composition imports. */
const FILES: Record<string, string> = {
  'src/remotion/index.ts': "import { Root } from './Root';\nexport { theme } from '../style/index.js';\nregister(Root);",
  'src/remotion/Root.tsx': "import { catalog } from '../../scenes';\nimport '../beats';\nexport const Root = () => import('./Lazy');",
  'src/remotion/Lazy.tsx': 'export const Lazy = () => null; // draws the beat',
  'src/beats/index.ts': "export * from './hook/Component';",
  'src/beats/hook/Component.tsx': 'export const Hook = () => "red";',
  'src/style/index.ts': "export const theme = { font: new URL('./font.woff2', import.meta.url) };",
  'src/style/font.woff2': 'font-1',
  'scenes/index.ts': "import { e01 } from './the-series/e01';\nimport { defineEpisode } from '../src/schema/define';\nexport const catalog = [e01, defineEpisode];",
  'scenes/the-series/e01.ts': "export const e01 = { line: 'Hello.' };",
  'src/schema/define.ts': 'export const defineEpisode = (x: unknown) => x;',
  'src/cli/main.ts': "import '../remotion/Root';\nconsole.log('cli');",
  'package-lock.json': '{"remotion":"4.0.527"}',
};

const project = (changes: Record<string, string> = {}): string => {
  const root = mkdtempSync(path.join(tmpdir(), 'cliffhanger-code-'));
  for (const [file, text] of Object.entries({ ...FILES, ...changes })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
};
const hash = (changes: Record<string, string> = {}) => {
  const root = project(changes);
  return compositionCodeHash({ root, entryPoint: path.join(root, 'src/remotion/index.ts'), dataDirs: ['scenes'] });
};

describe('reachableFiles', () => {
  it('follows imports, re-exports, import(), directory indexes, .js names of .ts files and new URL() assets', () => {
    const root = project();
    expect(reachableFiles(path.join(root, 'src/remotion/index.ts')).map((f) => path.relative(root, f))).toEqual([
      'scenes/index.ts',
      'scenes/the-series/e01.ts',
      'src/beats/hook/Component.tsx',
      'src/beats/index.ts',
      'src/remotion/Lazy.tsx',
      'src/remotion/Root.tsx',
      'src/remotion/index.ts',
      'src/schema/define.ts',
      'src/style/font.woff2',
      'src/style/index.ts',
    ]);
  });
});

describe('compositionCodeHash: the code a segment key names', () => {
  const base = hash();

  it('is the same for the same files, wherever the project lies', () => {
    expect(hash()).toBe(base);
  });

  it('changes with any file the compositions reach, however it is reached, and with the locked dependencies', () => {
    expect(hash({ 'src/beats/hook/Component.tsx': 'export const Hook = () => "blue";' })).not.toBe(base);
    expect(hash({ 'src/remotion/Lazy.tsx': 'export const Lazy = () => 1;' })).not.toBe(base);
    expect(hash({ 'src/style/font.woff2': 'font-2' })).not.toBe(base);
    expect(hash({ 'src/schema/define.ts': 'export const defineEpisode = (x: unknown) => [x];' })).not.toBe(base);
    expect(hash({ 'package-lock.json': '{"remotion":"4.0.528"}' })).not.toBe(base);
  });

  it('does not change with episode data (a render gets it as props) nor with code no composition imports', () => {
    expect(hash({ 'scenes/the-series/e01.ts': "export const e01 = { line: 'Goodbye.' };" })).toBe(base);
    expect(hash({ 'scenes/the-series/e02.ts': 'export const e02 = {};' })).toBe(base);
    expect(hash({ 'src/cli/main.ts': "console.log('a new command');" })).toBe(base);
  });
});

describe('codeVersion', () => {
  it('changes with the code and with the encoder settings', () => {
    const code = hash();
    const version = codeVersion({ code, browserExecutable: null, settings: { colorSpace: 'default' } });
    expect(codeVersion({ code: hash(), browserExecutable: null, settings: { colorSpace: 'default' } })).toBe(version);
    expect(codeVersion({ code: hash({ 'src/beats/hook/Component.tsx': 'x' }), browserExecutable: null, settings: { colorSpace: 'default' } })).not.toBe(version);
    expect(codeVersion({ code, browserExecutable: null, settings: { colorSpace: 'bt709' } })).not.toBe(version);
  });
});
